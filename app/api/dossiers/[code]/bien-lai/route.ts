// The e-receipt of a dossier's paid fee, for whoever may see the dossier.
import { renderPdf } from "@/lib/documents/pdf";
import { NotFoundError } from "@/lib/errors";
import { getActor } from "@/lib/identity/session";
import { getReceiptForApplicant } from "@/lib/payments/queries";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/bien-lai">) {
  const { code } = await params;
  try {
    const receipt = await getReceiptForApplicant(await getActor(), decodeURIComponent(code));
    const pdf = await renderPdf(receipt);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="bien-lai-${receipt.receiptNumber.replace(/[^A-Za-z0-9.-]/g, "_")}.pdf"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
