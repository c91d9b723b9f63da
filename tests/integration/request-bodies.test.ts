// Issue 19 finding 2: one anonymous POST of a 64 MB JSON body to the payment webhook exhausted
// the web process's heap. A body is now refused from its announced length, before a byte of
// it is read, and a read stops at the route's limit whatever the header said.
import { describe, expect, it } from "vitest";
import { POST as notify } from "@/app/api/payments/notify/route";

/** A JSON body of `chunks` megabytes that counts how many chunks were read from it. */
function countedBody(chunks: number) {
  const read = { chunks: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read.chunks += 1;
        if (read.chunks > chunks) controller.close();
        else
          controller.enqueue(
            new TextEncoder().encode(
              read.chunks === 1 ? `{"x":"${"a".repeat(1024 * 1024 - 7)}` : "a".repeat(1024 * 1024),
            ),
          );
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, read };
}

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request("http://127.0.0.1/api/payments/notify", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);

describe("finding 2: request bodies", () => {
  it("finding 2: the payment webhook refuses a 64 MB body from its length, without reading it", async () => {
    const { stream, read } = countedBody(64);
    const response = await notify(post(stream, { "content-length": String(64 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(read.chunks).toBe(0);
    expect(await response.json()).toMatchObject({
      error: { vi: expect.stringContaining("quá lớn"), en: expect.stringContaining("too large") },
    });
  });

  it(
    "finding 2: a body that does not state its length is refused, and one that lies about it is read no further " +
      "than the limit",
    async () => {
      const unannounced = countedBody(64);
      expect((await notify(post(unannounced.stream, {}))).status).toBe(411);
      expect(unannounced.read.chunks).toBe(0);
      const lying = countedBody(64);
      expect((await notify(post(lying.stream, { "content-length": "200" }))).status).toBe(413);
      expect(lying.read.chunks).toBe(1);
    },
  );

  it("reads an answer of the gateway's size, and refuses it when it is not signed", async () => {
    const body = JSON.stringify({
      merchant: "mot-cua-so",
      reference: "x",
      amount: "1000",
      code: "00",
      signature: "forged",
    });
    const response = await notify(post(body, { "content-length": String(Buffer.byteLength(body)) }));
    expect(response.status).toBe(400);
  });
});
