// Downloads from the data store: only to people allowed to see the document, always as
// an attachment with its checked type, never rendered inline.
import { getDocumentForDownload } from "@/lib/documents/queries";
import { NotFoundError } from "@/lib/errors";
import { notFoundText } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";

export async function GET(_request: Request, { params }: RouteContext<"/api/documents/[id]">) {
  const { id } = await params;
  try {
    const document = await getDocumentForDownload(await getActor(), id);
    return new Response(new Uint8Array(document.bytes), {
      headers: {
        "content-type": document.mimeType,
        "content-disposition": `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(document.name)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        "content-security-policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
