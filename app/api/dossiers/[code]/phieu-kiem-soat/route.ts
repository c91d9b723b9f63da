// The control slip (Mẫu 05) of a dossier, for its applicant and the staff who may see it.
import { renderPdf } from "@/lib/documents/pdf";
import { NotFoundError } from "@/lib/errors";
import { notFoundText, pdfDownload } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getControlSlip } from "@/lib/processing/control-slip";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/phieu-kiem-soat">) {
  const { code } = await params;
  try {
    const decoded = decodeURIComponent(code);
    return pdfDownload(
      await renderPdf(await getControlSlip(await getActor(), decoded)),
      `phieu-kiem-soat-${decoded}.pdf`,
    );
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
