// Environment variables, parsed once with zod. Every default makes a fresh clone work
// with no configuration: no DATABASE_URL means the embedded PostgreSQL.
import { z } from "zod";

/**
 * A key ring, "id:key,id:key" (32-byte keys in base64url, 43 characters), newest first;
 * optional (generated into DATA_DIR when unset). lib/security/key-ring.ts reads it.
 */
function keyRingSpec(name: string) {
  const entry = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9_+/-]{43}=?$/;
  return z
    .string()
    .min(1)
    .optional()
    .superRefine((spec, context) => {
      if (spec === undefined) return;
      const entries = spec
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      if (entries.length === 0 || !entries.every((e) => entry.test(e)))
        context.addIssue({ code: "custom", message: `${name}: each entry is id:key, the key 32 bytes in base64url` });
      else if (new Set(entries.map((e) => e.split(":")[0])).size !== entries.length)
        context.addIssue({ code: "custom", message: `${name}: key ids must differ` });
    });
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** An external PostgreSQL. When unset, the start command runs an embedded one. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Port of the portal's web server. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Port of the embedded PostgreSQL, chosen away from a system PostgreSQL's 5432. */
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    /** Folder for data kept between runs (the embedded database); git-ignored. */
    DATA_DIR: z.string().min(1).default(".data"),
    /** The portal's public address (Auth.js callbacks, links in e-mails). */
    PUBLIC_URL: z.url().optional(),
    /** Secret that signs Auth.js cookies; generated into DATA_DIR when unset. */
    AUTH_SECRET: z.string().min(32).optional(),
    /** The VNeID issuer. Unset: the start command runs the stand-in on VNEID_PORT. */
    VNEID_ISSUER: z.url().optional(),
    VNEID_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
    VNEID_CLIENT_ID: z.string().min(1).default("mot-cua-so"),
    /** The portal's client secret at VNeID; generated into DATA_DIR for the stand-in when unset. */
    VNEID_CLIENT_SECRET: z.string().min(16).optional(),
    /** Stand-in sign-in and code attempts allowed per client address and minute. */
    VNEID_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    /** Dossiers one person may submit, and files they may upload, per hour (every instance counts together). */
    SUBMISSIONS_PER_HOUR: z.coerce.number().int().min(1).default(60),
    /** Lookups of other people's ID numbers in the population registry, per person and hour. */
    REGISTRY_LOOKUPS_PER_HOUR: z.coerce.number().int().min(1).default(20),
    UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(120),
    /**
     * Sign-ins one client address may start in ten minutes (every instance counts together).
     * Generous: mobile carriers put many subscribers behind one address; VNeID limits each account itself.
     */
    SIGN_INS_PER_10_MINUTES: z.coerce.number().int().min(1).default(120),
    /**
     * Reverse proxies in front of the portal that append the address they saw to X-Forwarded-For.
     * The client's address is the entry this many places from the right (0: the connection's own,
     * see lib/http/client-address.ts); anything further left was written by the client and is never read.
     */
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    /** Days the access log (who opened whose data, sign-ins) is kept before the hourly job deletes it. */
    ACCESS_LOG_RETENTION_DAYS: z.coerce.number().int().min(30).default(730),
    /** Minutes without activity after which a session ends, and its absolute lifetime in hours. */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(8),
    /** Outgoing mail server (smtp://user:pass@host:587). Unset: a local sink keeps mail in DATA_DIR/mail. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_SINK_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
    /** The web process's JavaScript heap limit (MB). */
    WEB_HEAP_MB: z.coerce.number().int().min(128).max(16384).default(320),
    MAIL_FROM: z.string().min(3).default("Một Cửa Số <khong-tra-loi@motcuaso.local>"),
    /** Keys that encrypt stored documents, "id:key,id:key" (32-byte keys in base64url), newest first; generated into
     * DATA_DIR when unset. */
    DOCUMENT_KEYS: keyRingSpec("DOCUMENT_KEYS"),
    /** Keys that encrypt ID numbers and identity fields in the database, as DOCUMENT_KEYS; generated into DATA_DIR when
     * unset. */
    IDENTITY_KEYS: keyRingSpec("IDENTITY_KEYS"),
    /** Keys of the dossier event chain's HMAC, as IDENTITY_KEYS; generated into DATA_DIR when unset. */
    AUDIT_CHAIN_KEYS: keyRingSpec("AUDIT_CHAIN_KEYS"),
    /** Seed of the Ed25519 key that signs the daily anchors of the event chains (32 bytes, base64url); generated into
     * DATA_DIR when unset. */
    AUDIT_ANCHOR_KEY: z
      .string()
      .optional()
      .refine(
        (key) => key === undefined || Buffer.from(key, "base64url").length === 32,
        "AUDIT_ANCHOR_KEY: 32 bytes in base64url",
      ),
    /** Key of the hash ID numbers are looked up by (32 bytes or more in base64url); generated into DATA_DIR when unset.
     * */
    IDENTITY_LOOKUP_KEY: z
      .string()
      .optional()
      .refine(
        (key) => key === undefined || Buffer.from(key, "base64url").length >= 32,
        "IDENTITY_LOOKUP_KEY: at least 32 bytes in base64url",
      ),
    /** Where uploaded documents are kept: "local" (DATA_DIR/files) or "s3" (an S3-compatible store). */
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).default("ap-southeast-1"),
    /** For stores other than AWS (MinIO, Ceph, …): their address. */
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    S3_PREFIX: z.string().default("documents/"),
    /** The payment gateway. Unset: the start command runs the stand-in gateway on PAYMENT_PORT. */
    PAYMENT_GATEWAY_URL: z.url().optional(),
    PAYMENT_PORT: z.coerce.number().int().min(1).max(65535).default(3002),
    PAYMENT_MERCHANT_ID: z.string().min(1).default("mot-cua-so"),
    /** The merchant key shared with the gateway; generated into DATA_DIR for the stand-in when unset. */
    PAYMENT_SECRET: z.string().min(16).optional(),
    /** The remote-signing service. Unset: the start command runs the stand-in on SIGNING_PORT. */
    SIGNING_SERVICE_URL: z.url().optional(),
    SIGNING_PORT: z.coerce.number().int().min(1).max(65535).default(3003),
    SIGNING_CLIENT_ID: z.string().min(1).default("mot-cua-so"),
    SIGNING_CLIENT_SECRET: z.string().min(16).optional(),
  })
  .refine((e) => e.STORAGE_DRIVER !== "s3" || e.S3_BUCKET, {
    path: ["S3_BUCKET"],
    message: "S3_BUCKET is required when STORAGE_DRIVER is s3",
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The portal's own URL, from PUBLIC_URL or PORT. */
export function publicUrl(config: Env = env()): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}

/** The parsed environment; throws once, at start, with every invalid variable named. */
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
