// The data store: uploads checked by content and size, downloads for the owner only.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_FILE_BYTES, uploadDocument } from "@/lib/documents/mutations";
import { getDocumentForDownload, listDataStoreForOwner } from "@/lib/documents/queries";
import { StorageUnavailableError, ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { createPersonActor, expectAuthorizationMatrix, type MatrixName } from "@/tests/factories/actors";
import { TINY_PDF } from "@/tests/factories/dossiers";

describe("documents", () => {
  let actors: Record<MatrixName, PersonActor>;
  let documentId: string;
  beforeAll(async () => {
    const agencyId = (await db().agency.findUniqueOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } })).id;
    actors = {
      owner: await createPersonActor(),
      anotherCitizen: await createPersonActor(),
      competentClerk: await createPersonActor({ roles: [{ role: "RECEPTION_CLERK", agencyId }] }),
      otherClerk: await createPersonActor({ roles: [{ role: "SPECIALIST", agencyId }] }),
      admin: await createPersonActor({ roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] }),
    };
    documentId = await uploadDocument(actors.owner, { name: "chung-sinh.pdf", bytes: TINY_PDF });
  });

  it("stores a PDF with its hash, size and checked type", async () => {
    const row = await db().storedDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(row).toMatchObject({
      mimeType: "application/pdf",
      sizeBytes: TINY_PDF.length,
      originalName: "chung-sinh.pdf",
    });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await getDocumentForDownload(actors.owner, documentId);
    expect(Buffer.from(download.bytes).equals(Buffer.from(TINY_PDF))).toBe(true);
    expect((await listDataStoreForOwner(actors.owner)).map((d) => d.id)).toContain(documentId);
  });

  it(
    "refuses files whose content does not match, empty files and files over the limit, leaving " + "nothing behind",
    async () => {
      const before = await db().storedDocument.count();
      await expect(
        uploadDocument(actors.owner, {
          name: "giay.pdf",
          bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>"),
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(uploadDocument(actors.owner, { name: "rong.pdf", bytes: new Uint8Array() })).rejects.toBeInstanceOf(
        ValidationError,
      );
      const huge = new Uint8Array(MAX_FILE_BYTES + 1);
      huge.set(TINY_PDF);
      await expect(uploadDocument(actors.owner, { name: "lon.pdf", bytes: huge })).rejects.toBeInstanceOf(
        ValidationError,
      );
      expect(await db().storedDocument.count()).toBe(before);
    },
  );

  it("are downloadable by their owner only", async () => {
    await expectAuthorizationMatrix(actors, (a) => getDocumentForDownload(a, documentId), {
      owner: "allowed",
      anotherCitizen: "not-found",
      competentClerk: "not-found",
      otherClerk: "not-found",
      admin: "not-found",
    });
  });

  it(
    "fail cleanly when the store cannot write, keeping no row and no partial file, and work " + "again once it can",
    async () => {
      // A scan of someone's ID card that the disk cannot take: the store's folder is blocked by a file.
      const files = path.resolve(process.env.DATA_DIR!, "files");
      await rename(files, `${files}.aside`);
      await writeFile(files, "not a folder");
      const before = await db().storedDocument.count({ where: { ownerUserId: actors.owner.userId } });
      const failed = uploadDocument(actors.owner, { name: "cccd.pdf", bytes: TINY_PDF }, "idCard");
      await expect(failed).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(failed).rejects.toMatchObject({
        fieldErrors: { idCard: { vi: expect.stringContaining("kho lưu trữ đang gặp sự cố") } },
      });
      expect(await db().storedDocument.count({ where: { ownerUserId: actors.owner.userId } })).toBe(before);

      await rm(files);
      await rename(`${files}.aside`, files);
      const id = await uploadDocument(actors.owner, { name: "cccd.pdf", bytes: TINY_PDF }, "idCard");
      expect((await getDocumentForDownload(actors.owner, id)).bytes).toEqual(Buffer.from(TINY_PDF));
      const partial = (await readdir(files, { recursive: true })).filter((f) => f.endsWith(".part"));
      expect(partial).toEqual([]);
    },
  );

  it("are encrypted on disk, under a key the ring names, and read back whole", async () => {
    const id = await uploadDocument(actors.owner, { name: "ho-chieu.pdf", bytes: TINY_PDF });
    const { storageKey } = await db().storedDocument.findUniqueOrThrow({ where: { id }, select: { storageKey: true } });
    const onDisk = await readFile(path.resolve(process.env.DATA_DIR!, "files", storageKey));
    expect(onDisk.subarray(0, 7).toString()).toBe("MCS1\u0002it");
    expect(onDisk.includes(Buffer.from("%PDF"))).toBe(false);
    // The key is a hash of the sealed bytes, not of the content: equal files do not show as equal.
    expect(storageKey).not.toContain(createHash("sha256").update(TINY_PDF).digest("hex"));
    expect((await getDocumentForDownload(actors.owner, id)).bytes).toEqual(Buffer.from(TINY_PDF));
  });
});
