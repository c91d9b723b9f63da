// Responses the API routes share: a PDF to download, and "not found" in both languages.

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
