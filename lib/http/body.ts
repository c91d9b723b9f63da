// Request bodies are read only up to a size stated per route (issue 19 finding 2: one
// anonymous 64 MB JSON post to the payment webhook exhausted the web process's heap). A
// body must announce its length, within the limit, before a byte of it is read; the read
// itself stops at the limit too, whatever the header said.

export class BodyRefused extends Error {
  constructor(readonly response: Response) {
    super("request body refused");
  }
}

const refusal = (status: number, vi: string, en: string) =>
  new BodyRefused(Response.json({ error: { vi, en } }, { status, headers: { "cache-control": "no-store" } }));

/** Null when a body of this request may be read under `maxBytes`; otherwise the refusal (411 or 413) to answer. */
export function refuseOversizedBody(request: Request, maxBytes: number): Response | null {
  const declared = request.headers.get("content-length");
  const length = declared === null || !/^\d{1,15}$/.test(declared.trim()) ? NaN : Number(declared);
  if (!Number.isFinite(length))
    return refusal(411, "Yêu cầu thiếu độ dài nội dung.", "The request does not state its length.").response;
  if (length > maxBytes) return tooLarge(maxBytes).response;
  return null;
}

function tooLarge(maxBytes: number): BodyRefused {
  const mb = Math.floor(maxBytes / 1024 / 1024);
  return mb >= 1
    ? refusal(413, `Nội dung gửi lên quá lớn (tối đa ${mb} MB).`, `The request is too large (at most ${mb} MB).`)
    : refusal(413, "Nội dung gửi lên quá lớn.", "The request is too large.");
}

/** The body as text, read up to `maxBytes` at most; throws BodyRefused when it is longer or unannounced. */
export async function readBoundedText(request: Request, maxBytes: number): Promise<string> {
  const refused = refuseOversizedBody(request, maxBytes);
  if (refused) throw new BodyRefused(refused);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The body parsed as JSON under `maxBytes`; null when it is not JSON. */
export async function readBoundedJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readBoundedText(request, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
