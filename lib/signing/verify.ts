// Checking a signature without trusting whoever stored it: the certificate must be issued
// by the trusted CA, be valid when the signature was made, name the signer, and its key
// must verify the signature over the digest.
import { verify, X509Certificate } from "node:crypto";

export type SignerKind = "PERSON" | "ORGANISATION" | "AGENCY";

const UID_PREFIX: Record<SignerKind, string> = { PERSON: "CCCD", ORGANISATION: "MST", AGENCY: "MCQ" };

/** How a certificate names its holder, as Vietnamese CAs do: CCCD:<ID number>, MST:<enterprise code>, MCQ:<agency
 * code>.
 * */
export function signerUid(kind: SignerKind, id: string): string {
  return `${UID_PREFIX[kind]}:${id}`;
}

export type SignatureCheck = { certificateTrusted: boolean; signerMatches: boolean; signatureValid: boolean };

export function checkSignature(input: {
  /** What was signed: a SHA-256 digest as hex, or the bytes themselves (a CMS signature's attributes). */
  digest?: string;
  signedBytes?: Buffer;
  signature: string;
  certificate: string;
  caCertificate: string;
  signerUid: string;
  signedAt: Date;
}): SignatureCheck {
  let certificate: X509Certificate;
  let ca: X509Certificate;
  try {
    certificate = new X509Certificate(input.certificate);
    ca = new X509Certificate(input.caCertificate);
  } catch {
    return { certificateTrusted: false, signerMatches: false, signatureValid: false };
  }
  const at = input.signedAt.getTime();
  const certificateTrusted =
    certificate.checkIssued(ca) &&
    certificate.verify(ca.publicKey) &&
    Date.parse(certificate.validFrom) <= at &&
    at <= Date.parse(certificate.validTo);
  const signerMatches = certificate.subject.split("\n").includes(`UID=${input.signerUid}`);
  let signatureValid = false;
  try {
    signatureValid = verify(
      "sha256",
      input.signedBytes ?? Buffer.from(input.digest ?? "", "hex"),
      certificate.publicKey,
      Buffer.from(input.signature, "base64"),
    );
  } catch {
    signatureValid = false;
  }
  return { certificateTrusted, signerMatches, signatureValid };
}
