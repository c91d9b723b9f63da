// A document of a dossier, opened by a member of staff who may read the dossier (issue 26,
// item 3): a PDF or an image is shown in the browser, so that reception checks it where it
// is; anyone else gets not found. Each opening is in the citizen's access log.
import { NotFoundError } from "@/lib/errors";
import { notFoundText, storedDocumentResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getDossierDocumentForStaff } from "@/lib/processing/reception";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/tai-lieu/[documentId]">) {
  const { code, documentId } = await params;
  try {
    return storedDocumentResponse(
      await getDossierDocumentForStaff(await getActor(), decodeURIComponent(code), documentId),
      { inline: true },
    );
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
