// The applicant's PDF copy of a submitted dossier.
import { getSubmissionCopyForApplicant } from "@/lib/dossiers/queries";
import { renderSubmissionPdf } from "@/lib/documents/pdf";
import { NotFoundError } from "@/lib/errors";
import { notFoundText, pdfDownload } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/ban-sao">) {
  const { code } = await params;
  try {
    const copy = await getSubmissionCopyForApplicant(await getActor(), decodeURIComponent(code));
    return pdfDownload(await renderSubmissionPdf(copy), `ho-so-${copy.code}.pdf`);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
