import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { safeFileName, sniffContentType } from "@/lib/documents/content-type";
import { LocalDiskStorage } from "@/lib/documents/storage";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("content sniffing", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffContentType(bytes("%PDF-1.7\n..."))).toBe("application/pdf");
    expect(sniffContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("image/jpeg");
    expect(sniffContentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
  });

  it("refuses HTML, SVG, scripts and zips that are not Word documents, whatever their name", () => {
    for (const hostile of [
      "<html><script>alert(1)</script>",
      "<svg xmlns='http://www.w3.org/2000/svg'/>",
      "#!/bin/sh\nrm -rf /",
      " %PDF-1.4",
    ]) {
      expect(sniffContentType(bytes(hostile))).toBeNull();
    }
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes("evil.js")]);
    expect(sniffContentType(zip, true)).toBeNull();
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes("[Content_Types].xml ... word/document.xml")]);
    expect(sniffContentType(docx, false)).toBeNull();
    expect(sniffContentType(docx, true)).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });

  it("refuses polyglots: a real PDF or image header with a page inside", () => {
    expect(
      sniffContentType(
        bytes("%PDF-1.4\n1 0 obj <</Type /Catalog>>\n<html><body><script>alert(1)</script></body></html>"),
      ),
    ).toBeNull();
    expect(
      sniffContentType(
        new Uint8Array([0xff, 0xd8, 0xff, 0xfe, 0x00, 0x20, ...bytes("<script>alert(document.cookie)</script>")]),
      ),
    ).toBeNull();
    expect(
      sniffContentType(
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes("tEXt<svg onload=alert(1)>")]),
      ),
    ).toBeNull();
    // PDF dictionaries and XMP metadata are angle brackets too, and stay accepted.
    expect(
      sniffContentType(bytes("%PDF-1.7\n<</Type /Page>>\n<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF/></x:xmpmeta>")),
    ).toBe("application/pdf");
  });

  it("makes file names safe, with the extension of the real type", () => {
    expect(safeFileName("../../etc/passwd.html", "application/pdf")).toBe("etc_passwd.pdf");
    expect(safeFileName("Giấy chứng sinh.PDF", "application/pdf")).toBe("Giấy chứng sinh.pdf");
    expect(safeFileName("<script>.png", "image/png")).toBe("script_.png");
  });
});

describe("local disk storage", () => {
  it("stores, reads back and deletes; refuses keys that leave its folder", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "store-"));
    const storage = new LocalDiskStorage(root);
    const key = await storage.put(bytes("%PDF-1.4 hello"));
    expect((await storage.get(key)).toString()).toBe("%PDF-1.4 hello");
    await storage.delete(key);
    expect((await readdir(path.join(root, key.slice(0, 2)))).length).toBe(0);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow("invalid storage key");
  });
});
