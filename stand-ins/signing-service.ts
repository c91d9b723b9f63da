// The remote-signing stand-in, shaped like the mobile signing services of Vietnamese CAs:
// a registered client asks for a signature of a SHA-256 digest on behalf of a signer; the
// signer confirms with a one-time code (sent to their phone; shown on screen in demo
// mode); the service signs with the signer's key, which never leaves it. An agency's
// seal is different: its key is entrusted to the client (the portal), which signs
// results with it directly (`/v1/seals`) once its own leader has approved them: a digest,
// or the signed attributes of a CMS signature the portal puts inside a PDF (which hold the
// document's hash, never the document); `/v1/credentials/info` gives a signer's certificate.
// A person signs signed attributes the same way, confirming with the one-time code.
import { randomInt, randomUUID, sign, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { z } from "zod";
import { SigningCa } from "@/stand-ins/signing-ca";
import { currentTime, currentTimeMs } from "@/lib/time";

export const SIGNATURE_ALGORITHM = "ECDSA-P256-SHA256";
const REQUEST_TTL_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;
const MAX_BODY = 16 * 1024;

export type SigningServiceOptions = {
  port: number;
  dataDir: string;
  clients: Array<{ id: string; secret: string }>;
  demoMode: boolean;
};

const personSigner = z.object({
  kind: z.enum(["PERSON", "ORGANISATION"]),
  id: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
  name: z.string().min(1).max(200),
});

/** DER of a CMS SignedAttributes SET (tag 0x31), at most 3 KB, in base64. */
const signedAttributes = z.string().regex(/^MY[A-Za-z0-9+/=]{2,4096}$/);

const signRequestSchema = z.union([
  z
    .object({ signer: personSigner, digest: z.string().regex(/^[0-9a-f]{64}$/), summary: z.string().min(1).max(4000) })
    .strict(),
  // What a signer signs inside a PDF: the CMS signed attributes, which hold the file's hash.
  z.object({ signer: personSigner, signedAttributes, summary: z.string().min(1).max(4000) }).strict(),
]);

const agencySigner = z.object({
  kind: z.literal("AGENCY"),
  id: z.string().regex(/^[A-Za-z0-9.]{1,40}$/),
  name: z.string().min(1).max(200),
});

const sealSchema = z.union([
  z.object({ signer: agencySigner, digest: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  z.object({ signer: agencySigner, signedAttributes }).strict(),
]);

/** A signer's certificate is public: what a PDF signature carries for its readers. */
const credentialSchema = z.object({ signer: z.union([agencySigner, personSigner]) }).strict();

type Pending = {
  clientId: string;
  signer: z.infer<typeof personSigner>;
  /** What is signed: a digest as hex, or signed attributes as DER. */
  signs: Buffer;
  otp: string;
  expiresAt: number;
  attempts: number;
};

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) req.destroy();
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(body));
      } catch {
        resolve(null);
      }
    });
  });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startSigningService(options: SigningServiceOptions): Promise<Server> {
  const ca = await SigningCa.open(options.dataDir);
  const pending = new Map<string, Pending>();
  const clientOf = (req: IncomingMessage) => {
    const [scheme, token] = (req.headers.authorization ?? "").split(" ");
    const [id, secret] = scheme === "Basic" && token ? Buffer.from(token, "base64").toString().split(":") : [];
    const client = options.clients.find((c) => c.id === id);
    return client && secret && sameSecret(secret, client.secret) ? client : null;
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://signing");
      if (url.pathname === "/health") return json(res, 200, { ok: true });
      if (url.pathname === "/v1/ca" && req.method === "GET") return json(res, 200, { certificate: ca.certificate });
      const client = clientOf(req);
      if (!client) return json(res, 401, { error: "unauthorized" });
      for (const [id, request] of pending) if (request.expiresAt < currentTimeMs()) pending.delete(id);
      if (url.pathname === "/v1/sign-requests" && req.method === "POST") {
        const parsed = signRequestSchema.safeParse(await readJson(req));
        if (!parsed.success) return json(res, 400, { error: "invalid_request" });
        const requestId = randomUUID();
        const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
        const expiresAt = currentTimeMs() + REQUEST_TTL_MS;
        const signs =
          "digest" in parsed.data
            ? Buffer.from(parsed.data.digest, "hex")
            : Buffer.from(parsed.data.signedAttributes, "base64");
        pending.set(requestId, { clientId: client.id, signer: parsed.data.signer, signs, otp, expiresAt, attempts: 0 });
        return json(res, 201, {
          requestId,
          expiresAt: new Date(expiresAt).toISOString(),
          ...(options.demoMode ? { demoOtp: otp } : {}),
        });
      }
      if (url.pathname === "/v1/seals" && req.method === "POST") {
        const parsed = sealSchema.safeParse(await readJson(req));
        if (!parsed.success) return json(res, 400, { error: "invalid_request" });
        const credential = await ca.credentialFor("AGENCY", parsed.data.signer.id, parsed.data.signer.name);
        const signed =
          "digest" in parsed.data
            ? Buffer.from(parsed.data.digest, "hex")
            : Buffer.from(parsed.data.signedAttributes, "base64");
        const signature = sign("sha256", signed, credential.key).toString("base64");
        return json(res, 200, {
          signature,
          algorithm: SIGNATURE_ALGORITHM,
          certificate: credential.certificate,
          signedAt: currentTime().toISOString(),
        });
      }
      if (url.pathname === "/v1/credentials/info" && req.method === "POST") {
        const parsed = credentialSchema.safeParse(await readJson(req));
        if (!parsed.success) return json(res, 400, { error: "invalid_request" });
        const { signer } = parsed.data;
        const credential = await ca.credentialFor(signer.kind, signer.id, signer.name);
        return json(res, 200, { certificate: credential.certificate });
      }
      const confirm = /^\/v1\/sign-requests\/([0-9a-f-]{36})\/confirm$/.exec(url.pathname);
      if (confirm && req.method === "POST") {
        const request = pending.get(confirm[1]!);
        if (!request || request.clientId !== client.id) return json(res, 410, { error: "expired" });
        const body = z.object({ otp: z.string().max(10) }).safeParse(await readJson(req));
        if (!body.success || !sameSecret(body.data.otp, request.otp)) {
          request.attempts += 1;
          if (request.attempts >= MAX_ATTEMPTS) pending.delete(confirm[1]!);
          return json(res, 400, { error: "invalid_otp", attemptsLeft: Math.max(0, MAX_ATTEMPTS - request.attempts) });
        }
        pending.delete(confirm[1]!);
        const credential = await ca.credentialFor(request.signer.kind, request.signer.id, request.signer.name);
        const signature = sign("sha256", request.signs, credential.key).toString("base64");
        return json(res, 200, {
          signature,
          algorithm: SIGNATURE_ALGORITHM,
          certificate: credential.certificate,
          signedAt: currentTime().toISOString(),
        });
      }
      return json(res, 404, { error: "not_found" });
    } catch (error) {
      if (!res.headersSent) json(res, 500, { error: error instanceof Error ? error.name : "error" });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  return server;
}
