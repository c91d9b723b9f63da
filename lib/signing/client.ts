// The portal's client of the remote-signing service (SIGNING_SERVICE_URL): ask for a
// signature of a digest on behalf of a signer, confirm it with the signer's one-time code.
import "server-only";
import { env } from "@/lib/env";

export type Signer = { kind: "PERSON" | "ORGANISATION"; id: string; name: string };
export type AgencySigner = { kind: "AGENCY"; id: string; name: string };
export type SignRequest = { requestId: string; expiresAt: string; demoOtp?: string };
export type SignedDigest = { signature: string; algorithm: string; certificate: string; signedAt: string };

export class SigningUnavailableError extends Error {}
export class SigningRefusedError extends Error {
  constructor(
    readonly reason: "invalid_otp" | "expired",
    readonly attemptsLeft = 0,
  ) {
    super(reason);
  }
}

function config() {
  const c = env();
  if (!c.SIGNING_SERVICE_URL || !c.SIGNING_CLIENT_SECRET)
    throw new SigningUnavailableError("SIGNING_SERVICE_URL and SIGNING_CLIENT_SECRET must be set");
  return {
    url: c.SIGNING_SERVICE_URL.replace(/\/$/, ""),
    auth: `Basic ${Buffer.from(`${c.SIGNING_CLIENT_ID}:${c.SIGNING_CLIENT_SECRET}`).toString("base64")}`,
  };
}

async function call(path: string, body?: unknown): Promise<Response> {
  const { url, auth } = config();
  try {
    return await fetch(`${url}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: auth, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new SigningUnavailableError("signing service unreachable");
  }
}

export async function requestSignature(signer: Signer, digest: string, summary: string): Promise<SignRequest> {
  const res = await call("/v1/sign-requests", { signer, digest, summary });
  if (res.status !== 201) throw new SigningUnavailableError(`signing service answered ${res.status}`);
  return (await res.json()) as SignRequest;
}

/**
 * Asks for a person's signature of the signed attributes of a CMS signature (DER) that the
 * portal puts inside a PDF: ECDSA with SHA-256 over them, once the signer gives the code.
 */
export async function requestAttributesSignature(
  signer: Signer,
  attributes: Buffer,
  summary: string,
): Promise<SignRequest> {
  const res = await call("/v1/sign-requests", { signer, signedAttributes: attributes.toString("base64"), summary });
  if (res.status !== 201) throw new SigningUnavailableError(`signing service answered ${res.status}`);
  return (await res.json()) as SignRequest;
}

export async function confirmSignature(requestId: string, otp: string): Promise<SignedDigest> {
  const res = await call(`/v1/sign-requests/${encodeURIComponent(requestId)}/confirm`, { otp });
  if (res.status === 200) return (await res.json()) as SignedDigest;
  const body = (await res.json().catch(() => ({}))) as { error?: string; attemptsLeft?: number };
  if (res.status === 400 && body.error === "invalid_otp")
    throw new SigningRefusedError("invalid_otp", body.attemptsLeft ?? 0);
  if (res.status === 410) throw new SigningRefusedError("expired");
  throw new SigningUnavailableError(`signing service answered ${res.status}`);
}

/** Seals a digest with an agency's key (entrusted to the portal; no one-time code). */
export async function sealDigest(signer: AgencySigner, digest: string): Promise<SignedDigest> {
  const res = await call("/v1/seals", { signer, digest });
  if (res.status !== 200) throw new SigningUnavailableError(`signing service answered ${res.status}`);
  return (await res.json()) as SignedDigest;
}

/** Seals the signed attributes of a CMS signature (DER) with an agency's key: ECDSA with SHA-256 over them. */
export async function sealSignedAttributes(signer: AgencySigner, attributes: Buffer): Promise<SignedDigest> {
  const res = await call("/v1/seals", { signer, signedAttributes: attributes.toString("base64") });
  if (res.status !== 200) throw new SigningUnavailableError(`signing service answered ${res.status}`);
  return (await res.json()) as SignedDigest;
}

/** The certificate (PEM) of a signer: an agency's seal, or a person's signature. */
export async function signerCertificate(signer: AgencySigner | Signer): Promise<string> {
  const res = await call("/v1/credentials/info", { signer });
  if (res.status !== 200) throw new SigningUnavailableError(`signing service answered ${res.status}`);
  return ((await res.json()) as { certificate: string }).certificate;
}

let trusted: Promise<string> | undefined;

/** The CA certificate signatures must chain to, fetched once from the service. */
export function trustedCaCertificate(): Promise<string> {
  trusted ??= call("/v1/ca").then(async (res) => {
    if (!res.ok) throw new SigningUnavailableError(`signing service answered ${res.status}`);
    return ((await res.json()) as { certificate: string }).certificate;
  });
  trusted.catch(() => (trusted = undefined));
  return trusted;
}
