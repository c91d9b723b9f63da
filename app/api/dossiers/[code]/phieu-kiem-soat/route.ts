// The control slip (Mẫu 05) of a dossier, sealed by its agency as it stands, for its applicant and the staff who
// may see it.
import { NotFoundError } from "@/lib/errors";
import { notFoundText, pdfDownload } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getControlSlipPdf } from "@/lib/processing/control-slip";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/phieu-kiem-soat">) {
  const { code } = await params;
  try {
    const decoded = decodeURIComponent(code);
    return pdfDownload(await getControlSlipPdf(await getActor(), decoded), `phieu-kiem-soat-${decoded}.pdf`);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
