// Responses the API routes share: a PDF to download, "not found" in both languages, and
// the refusal of a request body that is not a form or is too large to read.
import { refuseOversizedBody } from "./body";

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
  return new Response("Không tìm thấy / Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Refuses, before reading a byte of it, a body that is not multipart or URL-encoded form
 * data or that announces more than `maxBytes` (or does not announce its size at all).
 * Null when the body may be read.
 */
export function refuseUnreadableForm(request: Request, maxBytes: number): Response | null {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    return Response.json({ error: { vi: "Yêu cầu không đúng định dạng biểu mẫu.", en: "The request is not a form." } }, { status: 415 });
  }
  return refuseOversizedBody(request, maxBytes);
}
