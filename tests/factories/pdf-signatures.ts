// A PDF's embedded signatures, checked as a relying party would: by reading the CMS containers
// (each certificate chains to the signing CA, the signed attributes verify with its key and hold
// the digest of the bytes signed), and by poppler's pdfsig with the CA in an NSS database.
import { spawnSync } from "node:child_process";
import { createHash, verify, X509Certificate } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { expect } from "vitest";
import { trustedCaCertificate } from "@/lib/signing/client";

/** Each signature of a PDF, in order: its byte range, the bytes it covers and its CMS container. */
export function embeddedSignatures(pdf: Buffer) {
  const ranges = [...pdf.toString("latin1").matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  return ranges.map((range) => {
    const [start, length, next, rest] = range.slice(1).map(Number) as [number, number, number, number];
    const hex = pdf
      .subarray(start + length, next)
      .toString("latin1")
      .replace(/[<>]/g, "");
    return {
      end: next + rest,
      signedBytes: Buffer.concat([pdf.subarray(start, start + length), pdf.subarray(next, next + rest)]),
      cms: Buffer.from(hex.replace(/(00)+$/, ""), "hex"),
    };
  });
}

export const digestOf = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A CMS signature checked as a reader does: its certificate chains to the CA, its attributes are signed by that
 * certificate's key, and they hold the digest of the bytes signed. */
export async function checkedCms(cms: Buffer, signedBytes: Buffer) {
  const signed = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(cms)).content });
  const [certificate, ca] = signed.certificates!.map(
    (c) => new X509Certificate(Buffer.from((c as pkijs.Certificate).toSchema().toBER(false))),
  );
  expect(certificate!.checkIssued(ca!) && certificate!.verify(ca!.publicKey)).toBe(true);
  expect(new X509Certificate(await trustedCaCertificate()).fingerprint256).toBe(ca!.fingerprint256);
  const signer = signed.signerInfos[0]!;
  const attributes = signer.signedAttrs!.toSchema();
  attributes.idBlock.tagClass = 1;
  attributes.idBlock.tagNumber = 17;
  const toBeSigned = Buffer.from(attributes.toBER(false));
  const signature = Buffer.from(signer.signature.valueBlock.valueHexView);
  expect(verify("sha256", toBeSigned, certificate!.publicKey, signature)).toBe(true);
  const messageDigest = signer.signedAttrs!.attributes.find((a) => a.type === "1.2.840.113549.1.9.4")!;
  const said = Buffer.from((messageDigest.values[0] as asn1js.OctetString).valueBlock.valueHexView).toString("hex");
  expect(said).toBe(digestOf(signedBytes));
  return { subject: certificate!.subject, said };
}

/** What pdfsig says of the file, with the signing service's CA trusted in a throwaway NSS database. */
export async function pdfsigReport(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pdfsig-"));
  try {
    await writeFile(path.join(dir, "ca.pem"), await trustedCaCertificate());
    await writeFile(path.join(dir, "file.pdf"), pdf);
    const nss = `sql:${path.join(dir, "nss")}`;
    await mkdir(path.join(dir, "nss"));
    run("certutil", ["-N", "-d", nss, "--empty-password"]);
    run("certutil", ["-A", "-n", "signing-ca", "-t", "CT,C,C", "-i", path.join(dir, "ca.pem"), "-d", nss]);
    // pdfsig exits non-zero for an invalid signature: its report is what is checked.
    return spawnSync("pdfsig", ["-nssdir", nss, path.join(dir, "file.pdf")], { encoding: "utf8" }).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A command's output; fails the test with its error output when it fails. */
function run(command: string, args: string[]): string {
  const done = spawnSync(command, args, { encoding: "utf8" });
  if (done.status !== 0) throw new Error(`${command} failed: ${done.stderr}`);
  return done.stdout;
}
