// Downloads from the data store: only to people allowed to see the document, always as
// an attachment with its checked type, never rendered inline.
import { getDocumentForDownload } from "@/lib/documents/queries";
import { NotFoundError } from "@/lib/errors";
import { notFoundText, storedDocumentResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";

export async function GET(_request: Request, { params }: RouteContext<"/api/documents/[id]">) {
  const { id } = await params;
  try {
    return storedDocumentResponse(await getDocumentForDownload(await getActor(), id));
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
