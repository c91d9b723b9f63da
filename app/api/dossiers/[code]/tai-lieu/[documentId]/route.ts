// A document of a dossier, opened by a member of staff who may read the dossier (issue 26,
// item 3): a PDF or an image is shown in the browser, so that reception checks it where it
// is; anyone else gets not found. Each opening is in the citizen's access log.
import { NotFoundError } from "@/lib/errors";
import { notFoundText } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { getDossierDocumentForStaff } from "@/lib/processing/reception";

/** Types the browser shows itself; the store accepts no others (lib/documents/content-type.ts). */
const SHOWN = new Set(["application/pdf", "image/jpeg", "image/png"]);

export async function GET(_request: Request, { params }: RouteContext<"/api/dossiers/[code]/tai-lieu/[documentId]">) {
  const { code, documentId } = await params;
  try {
    const document = await getDossierDocumentForStaff(await getActor(), decodeURIComponent(code), documentId);
    const inline = SHOWN.has(document.mimeType);
    return new Response(new Uint8Array(document.bytes), {
      headers: {
        "content-type": document.mimeType,
        "content-disposition": `${inline ? "inline" : "attachment"}; filename="document"; filename*=UTF-8''${encodeURIComponent(document.name)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        // Nothing of the document runs or loads anything; Chrome's PDF viewer does not open in a
        // sandboxed document, so a PDF is refused plugins' other powers instead.
        "content-security-policy": document.mimeType === "application/pdf" ? "default-src 'none'; frame-ancestors 'none'" : "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    throw error;
  }
}
