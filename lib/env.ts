// Environment variables, parsed once with zod. Every default makes a fresh clone work
// with no configuration: no DATABASE_URL means the embedded PostgreSQL.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** An external PostgreSQL. When unset, the start command runs an embedded one. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Port of the portal's web server. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Port of the embedded PostgreSQL, chosen away from a system PostgreSQL's 5432. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Folder for data kept between runs (the embedded database); git-ignored. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Seconds a cached catalogue page or query stays fresh before it is rebuilt in the background. */
  CATALOGUE_REVALIDATE_SECONDS: z.coerce.number().int().min(1).default(300),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

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
