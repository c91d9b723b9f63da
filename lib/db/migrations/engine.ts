// The one module that touches the Prisma schema engine's internal WebAssembly API.
// Prisma's CLI would download a native binary, which these machines cannot do; the
// WebAssembly build does the same work through the pg driver adapter. The package
// versions are pinned exactly in package.json because this API is not public.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg, { type PoolConfig } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

type WasmBindings = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: typeof SchemaEngine;
};

let bindings: Promise<WasmBindings> | undefined;

/** The engine reports Rust panics through this global before throwing; keep the message. */
const panics = { last: "" };

export function lastEnginePanic(): string {
  return panics.last;
}

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        panics.last = message;
      },
    };
    const mod = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as WasmBindings;
    // Resolved from the project root: this module runs under tsx (CommonJS) and vitest (ESM).
    const require = createRequire(path.resolve("package.json"));
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const compiled = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(compiled, {
      "./schema_engine_bg.js": mod as unknown as WebAssembly.ModuleImports,
    });
    mod.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return mod;
  })();
  return bindings;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function charColumnsAsText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/**
 * Two shims for the engine's PostgreSQL introspection through a driver adapter, needed
 * on PostgreSQL 18 (the embedded server), both applied only to the engine's own queries:
 * - PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'); the engine's
 *   constraint query uses a denylist and panics on them (prisma/orm#29635). The query is
 *   narrowed to the check and exclusion constraints the engine handles, which is the
 *   upstream fix (prisma/prisma-engines#5819).
 * - Catalog columns of PostgreSQL's one-byte "char" type are refused by the pg adapter as
 *   an unsupported type; their text form is the character itself, so they are reported
 *   as text. (This schema has no check or exclusion constraints, the rows that carry one.)
 * Remove both when the pinned engine includes the fix.
 */
const CONSTRAINT_DENYLIST = "AND contype NOT IN ('p', 'u', 'f')";
const CONSTRAINT_ALLOWLIST = "AND contype IN ('c', 'x')";

function narrowConstraintQuery(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  if (typeof first === "string") return [first.replace(CONSTRAINT_DENYLIST, CONSTRAINT_ALLOWLIST), ...rest];
  if (first && typeof first === "object" && typeof (first as { text?: unknown }).text === "string") {
    const config = first as { text: string };
    return [{ ...config, text: config.text.replace(CONSTRAINT_DENYLIST, CONSTRAINT_ALLOWLIST) }, ...rest];
  }
  return args;
}

class CatalogTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...original: any[]): any {
    const args = narrowConstraintQuery(original);
    const run = super.query as (...a: unknown[]) => unknown;
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        last(error, error ? result : charColumnsAsText(result));
      return run.apply(this, args);
    }
    const out = run.apply(this, args);
    return out instanceof Promise ? out.then(charColumnsAsText) : out;
  }
}

/**
 * pg lets fields parsed from `connectionString` override explicit ones, so the adapter's
 * shadow database (`{ ...config, database }`) would silently point at the real database.
 * Passing discrete fields keeps a derived database name effective.
 */
export function poolConfigFromUrl(connectionString: string): PoolConfig {
  const url = new URL(connectionString);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
    max: 2,
    Client: CatalogTextClient,
  };
}

/**
 * The pg adapter factory with a shadow database we control: the stock one derives the
 * shadow pool from the connection string (see above), leaves it without an error
 * listener, and drops the database while that pool is still open, which crashes the
 * process when PostgreSQL terminates the idle connections.
 */
class MigrationAdapterFactory extends PrismaPg {
  private readonly opened: Array<{ dispose(): Promise<void> }> = [];

  constructor(private readonly base: PoolConfig) {
    super(base, { onPoolError: () => {} });
  }

  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    return adapter;
  }

  /**
   * The engine does not close its connections when freed, and one of them holds the
   * migration advisory lock: the next migrate on the database would wait 10 s for it.
   */
  async disposeAll() {
    await Promise.all(this.opened.splice(0).map((adapter) => adapter.dispose()));
  }

  override async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, "")}`;
    await adminQuery(this.base, `CREATE DATABASE "${name}"`);
    const adapter = await new PrismaPg({ ...this.base, database: name }, { onPoolError: () => {} }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(this.base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

async function adminQuery(config: PoolConfig, sql: string) {
  const client = new pg.Client({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
  });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type SchemaFile = { path: string; content: string };

export interface MigrationEngine {
  /** SQL that turns `from` into `to` (empty string when they match). */
  diffScript(from: DiffTarget, to: DiffTarget): Promise<string>;
  /** Applies pending migrations and records them in `_prisma_migrations`; returns their names. */
  applyMigrations(list: MigrationList): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens the WebAssembly schema engine on a database, with the given schema as datamodel. */
export async function openMigrationEngine(connectionString: string, schema: SchemaFile): Promise<MigrationEngine> {
  const { SchemaEngine } = await loadBindings();
  const factory = new MigrationAdapterFactory(poolConfigFromUrl(connectionString));
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = () => {};
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, adapter);
  return {
    async diffScript(from, to) {
      const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTERS });
      return result.stdout ?? "";
    },
    async applyMigrations(migrationsList) {
      const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return out.appliedMigrationNames;
    },
    async close() {
      engine.free();
      await factory.disposeAll();
    },
  };
}
