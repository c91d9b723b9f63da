// What a file really is, from its first bytes: the name a client sends proves nothing.
export type AcceptedType =
  | "application/pdf"
  | "image/jpeg"
  | "image/png"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const EXTENSIONS: Record<AcceptedType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Markup a browser would run if it were ever led to read the file as a page: a polyglot
 * (a real PDF or image header with a page inside) is refused like the page it carries.
 * Looked for in the first 64 KB, where such payloads sit to be found by a browser's sniffer.
 */
const MARKUP = /<(script|html|svg|iframe|object|embed|body|!doctype)[\s>/]/i;

/** The accepted type the content shows, or null (HTML, SVG, scripts, polyglots, anything else). */
export function sniffContentType(bytes: Uint8Array, allowDocx = false): AcceptedType | null {
  if (MARKUP.test(new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))))) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (allowDocx && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A Word document is a zip whose entries include "word/".
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    if (head.includes("word/") && head.includes("[Content_Types].xml"))
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  return null;
}

/** A file name safe to show and to put in a Content-Disposition header. */
export function safeFileName(name: string, type: AcceptedType): string {
  const base =
    name
      .replace(/\.[^.]*$/, "")
      .normalize("NFC")
      .replace(/[^\p{L}\p{N} ._-]+/gu, "_")
      .replace(/^[._ ]+/, "")
      .slice(0, 80) || "tai-lieu";
  return `${base}.${EXTENSIONS[type]}`;
}
