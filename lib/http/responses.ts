// Responses the API routes share: a PDF to download, a stored document, "not found" in both languages, and
// the refusal of a request body that is not a form or is too large to read.
import { refuseOversizedBody } from "./body";

/** Types a browser shows itself; the data store accepts no others (lib/documents/content-type.ts). */
const SHOWN_INLINE = new Set(["application/pdf", "image/jpeg", "image/png"]);

/**
 * A document of the data store, with its checked type, never cached by anyone but the browser
 * that asked, and unable to run anything: as an attachment, or (`inline`) shown in the browser
 * where it can be. Chrome's PDF viewer does not open in a sandboxed document, so a PDF shown
 * inline is refused framing instead of sandboxed.
 */
export function storedDocumentResponse(
  document: { name: string; mimeType: string; bytes: Uint8Array },
  options: { inline?: boolean } = {},
): Response {
  const inline = options.inline === true && SHOWN_INLINE.has(document.mimeType);
  const policy = !inline
    ? "default-src 'none'; sandbox"
    : document.mimeType === "application/pdf"
      ? "default-src 'none'; frame-ancestors 'none'"
      : "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox";
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "content-type": document.mimeType,
      "content-disposition":
        `${inline ? "inline" : "attachment"}; filename="document"; ` +
        `filename*=UTF-8''${encodeURIComponent(document.name)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": policy,
    },
  });
}

/** A PDF as an attachment, never cached by anyone but the browser that asked. */
export function pdfDownload(bytes: Uint8Array, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9.-]/g, "_")}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export function notFoundText(): Response {
  return new Response("Không tìm thấy / Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * Refuses, before reading a byte of it, a body that is not multipart or URL-encoded form
 * data or that announces more than `maxBytes` (or does not announce its size at all).
 * Null when the body may be read.
 */
export function refuseUnreadableForm(request: Request, maxBytes: number): Response | null {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    return Response.json(
      { error: { vi: "Yêu cầu không đúng định dạng biểu mẫu.", en: "The request is not a form." } },
      { status: 415 },
    );
  }
  return refuseOversizedBody(request, maxBytes);
}
