// A result issued on a dossier, opened by a member of staff who may read the dossier: the
// sealed PDF as issued, shown in the browser; anyone else gets not found. Each opening is in
// the citizen's access log.
import { NotFoundError } from "@/lib/errors";
import { notFoundText, storedDocumentResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getResultDocumentForStaff } from "@/lib/processing/reception";

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/ket-qua/[resultCode]">) {
  const { code, resultCode } = await params;
  try {
    return storedDocumentResponse(
      await getResultDocumentForStaff(await getActor(), decodeURIComponent(code), decodeURIComponent(resultCode)),
      { inline: true },
    );
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
