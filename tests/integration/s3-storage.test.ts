// The S3-compatible store against a real S3 API server (s3rver): same keys and bytes as
// local disk, a missing object reads as missing, and keys cannot leave the prefix.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "@/lib/documents/storage";
import { freePort } from "@/tests/setup/throwaway-database";

let server: S3rver;
let storage: S3Storage;

beforeAll(async () => {
  const port = await freePort();
  server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory: await mkdtemp(path.join(os.tmpdir(), "s3-")),
    configureBuckets: [{ name: "motcuaso-test" }],
  });
  await server.run();
  storage = new S3Storage({
    bucket: "motcuaso-test",
    region: "ap-southeast-1",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
    prefix: "documents/",
  });
});

afterAll(() => server.close());

describe("S3-compatible storage", () => {
  it("stores, reads back and deletes documents under content-hash keys", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.4 giấy chứng sinh");
    const key = await storage.put(bytes);
    expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}-[0-9a-f]{8}$/);
    expect(new Uint8Array(await storage.get(key))).toEqual(bytes);
    const again = await storage.put(bytes);
    expect(again).not.toBe(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toMatchObject({ code: "ENOENT" });
    expect(new Uint8Array(await storage.get(again))).toEqual(bytes);
  });

  it("refuses keys that are not its own", async () => {
    await expect(storage.get("../secrets.json")).rejects.toThrow("invalid storage key");
    await expect(storage.delete("documents/../x")).rejects.toThrow("invalid storage key");
  });
});
