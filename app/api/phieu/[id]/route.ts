// A slip issued on a dossier (Mẫu 01, 03, …) as a PDF, for its applicant and the staff who may see it.
import { NotFoundError } from "@/lib/errors";
import { notFoundText, pdfDownload } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getSlipPdfForViewer } from "@/lib/dossiers/slips";

export async function GET(_request: Request, { params }: RouteContext<"/api/phieu/[id]">) {
  const { id } = await params;
  try {
    const slip = await getSlipPdfForViewer(await getActor(), id);
    return pdfDownload(slip.bytes, slip.fileName);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
