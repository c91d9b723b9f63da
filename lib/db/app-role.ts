// The role the web server connects as (issue 19 finding 9). The portal used to connect as the
// database's superuser, so anyone who took over the web process could rewrite the event log.
// The application role may read and write the portal's tables, but never change or remove a
// dossier event or an audit row, never delete a dossier (a cascade runs with the owner's
// rights), and never touch the migrations' table. Migrations, the rekeying pass and the jobs
// that purge old rows run as the owner, in the start command.
import pg from "pg";

export const APPLICATION_ROLE = "motcuaso_app";

/** Tables the application may add rows to but not change or remove. */
const APPEND_ONLY = ['"DossierEvent"', '"AuditEvent"'];

/**
 * Creates or updates the application role and its grants (again after every migration, so new
 * tables are covered), and returns the URL to connect as it. When the owner's connection may
 * not manage roles (a managed PostgreSQL), returns the owner's URL unchanged and says so: the
 * operator then creates the role with the same grants.
 */
export async function ensureApplicationRole(
  ownerUrl: string,
  password: string,
  say: (line: string) => void = () => {},
): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const [me] = (
      await client.query<{ manages: boolean; database: string }>(
        `SELECT (rolsuper OR rolcreaterole) AS manages, current_database() AS database FROM pg_roles WHERE rolname = ` +
          `current_user`,
      )
    ).rows;
    if (!me?.manages) {
      say(
        `the database user cannot create roles: the web server connects as it (create the role ${APPLICATION_ROLE} ` +
          `as docs/operations.md says)`,
      );
      return ownerUrl;
    }
    const role = client.escapeIdentifier(APPLICATION_ROLE);
    await client.query("BEGIN");
    // Two start commands at once (two instances) must not both create the role.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('motcuaso-application-role'))`);
    const exists = (await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APPLICATION_ROLE])).rowCount === 1;
    await client.query(
      `${exists ? "ALTER" : "CREATE"} ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS ` +
        `PASSWORD ${client.escapeLiteral(password)}`,
    );
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(me.database)} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY.join(", ")} FROM ${role}`);
    await client.query(`REVOKE DELETE, TRUNCATE ON "Dossier" FROM ${role}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${role}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APPLICATION_ROLE;
  url.password = password;
  return url.toString();
}
