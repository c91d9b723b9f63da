// Which PostgreSQL a command uses: DATABASE_URL when set, otherwise the embedded one
// whose data lives under DATA_DIR so that a restart keeps everything.
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { env } from "@/lib/env";
import { say } from "@/scripts/runtime/log";

export type OpenDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(): Promise<OpenDatabase> {
  const config = env();
  if (config.DATABASE_URL) {
    say(`using the PostgreSQL given by DATABASE_URL (${new URL(config.DATABASE_URL).host})`);
    return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(config.DATA_DIR, "postgres");
  say(
    `starting embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ` +
      `${path.relative(process.cwd(), dataDir)})`,
  );
  const started = await startEmbeddedPostgres({
    dataDir,
    port: config.EMBEDDED_PG_PORT,
    database: "motcuaso",
    log: say,
  });
  return { url: started.url, embedded: true, stop: started.stop };
}
