// The applicant's PDF copy of a submitted dossier.
import { getSubmissionCopyForApplicant } from "@/lib/dossiers/queries";
import { renderSubmissionPdf } from "@/lib/documents/pdf";
import { NotFoundError } from "@/lib/errors";
import { getActor } from "@/lib/identity/session";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/ban-sao">) {
  const { code } = await params;
  try {
    const copy = await getSubmissionCopyForApplicant(await getActor(), decodeURIComponent(code));
    const pdf = await renderSubmissionPdf(copy);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="ho-so-${copy.code.replace(/[^A-Za-z0-9.-]/g, "_")}.pdf"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
