// An e-receipt of a dossier's payments (?so=<receipt number>, the first by default), sealed by the collecting
// agency, for whoever may see the dossier.
import { NotFoundError } from "@/lib/errors";
import { notFoundText, pdfDownload } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getReceiptPdfForApplicant } from "@/lib/payments/queries";

export async function GET(request: Request, { params }: RouteContext<"/api/dossiers/[code]/bien-lai">) {
  const { code } = await params;
  try {
    const number = new URL(request.url).searchParams.get("so") ?? undefined;
    const receipt = await getReceiptPdfForApplicant(await getActor(), decodeURIComponent(code), number?.slice(0, 80));
    return pdfDownload(receipt.bytes, `bien-lai-${receipt.receiptNumber}.pdf`);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
