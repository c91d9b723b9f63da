// Issue 19 finding 9: the event chain was plain SHA-256, so whoever could write to the
// database could change an event and recompute the chain, or delete a dossier with its
// events, and `npm run audit:verify` passed; and the portal connected as the superuser.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { writeAnchor, verifyAnchors } from "@/lib/audit/anchors";
import { rekeyLegacyChains } from "@/scripts/runtime/chain-rekey";
import { ensureApplicationRole } from "@/lib/db/app-role";
import { db } from "@/lib/db";
import { chainedContentOf, GENESIS_HASH, legacyEventHash, verifyDossierChain } from "@/lib/dossiers/events";
import { submitDossier } from "@/lib/dossiers/mutations";
import { receiveDossier } from "@/lib/processing/reception";
import { resetClock, setClock } from "@/lib/time";
import { createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

afterEach(() => resetClock());

async function receivedDossier() {
  const citizen = await createPersonActor();
  const agency = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(await createStaff("RECEPTION_CLERK", agency.id), code, 0);
  return db().dossier.findUniqueOrThrow({ where: { code }, include: { events: { orderBy: { id: "asc" } } } });
}

/** What someone who writes to the database but lacks the key can do: rewrite the chain with plain SHA-256. */
async function rewriteWithoutKey(dossierId: string, keyId: string | null) {
  const events = await db().dossierEvent.findMany({ where: { dossierId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  let prevHash = GENESIS_HASH;
  for (const e of events) {
    const hash = legacyEventHash(prevHash, chainedContentOf(e));
    await db().dossierEvent.update({ where: { id: e.id }, data: { prevHash, hash, keyId } });
    prevHash = hash;
  }
  await db().dossier.update({ where: { id: dossierId }, data: { lastEventHash: prevHash } });
}

describe("finding 9: a tamper-evident event log", () => {
  it("finding 9: an event changed and the chain recomputed without the key no longer verifies", async () => {
    const dossier = await receivedDossier();
    expect(dossier.events.every((e) => e.keyId === "it")).toBe(true);
    await db().$executeRaw`UPDATE "DossierEvent" SET "details" = jsonb_set("details", '{appointmentAt}',
        '"2099-01-01T00:00:00.000Z"') WHERE "id" = ${dossier.events[1]!.id}`;
    await rewriteWithoutKey(dossier.id, "it");
    expect((await verifyDossierChain(db(), dossier.id)).map((p) => p.problem)).toEqual(["altered", "altered"]);
    // Passing it off as an event from before the key does not help either.
    await rewriteWithoutKey(dossier.id, null);
    expect((await verifyDossierChain(db(), dossier.id)).map((p) => p.problem)).toEqual(["unkeyed", "unkeyed"]);
  });

  it(
    "finding 9: chains from before the key are rekeyed once after migrations; one changed before that is left " +
      "and reported",
    async () => {
      const intact = await receivedDossier();
      const changed = await receivedDossier();
      await rewriteWithoutKey(intact.id, null);
      await rewriteWithoutKey(changed.id, null);
      await db().$executeRaw`UPDATE "DossierEvent" SET "type" = 'refused' WHERE "id" = ${changed.events[1]!.id}`;
      const said: string[] = [];
      expect(await rekeyLegacyChains(db(), (line) => said.push(line))).toBeGreaterThanOrEqual(1);
      expect(await verifyDossierChain(db(), intact.id)).toEqual([]);
      expect((await db().dossierEvent.findMany({ where: { dossierId: intact.id } })).map((e) => e.keyId)).toEqual([
        "it",
        "it",
      ]);
      expect((await verifyDossierChain(db(), changed.id)).map((p) => p.problem)).toContain("unkeyed");
      expect(said.join("\n")).toMatch(/left \d+ event chains? unkeyed/);
      expect(await rekeyLegacyChains(db())).toBe(0);
    },
  );

  it(
    "finding 9: a dossier deleted with all its events is found by the signed daily anchor, and a forged anchor " +
      "by its signature",
    async () => {
      const folder = await mkdtemp(path.join(os.tmpdir(), "motcuaso-anchors-"));
      try {
        // Filed an hour ago: older than the anchor's ten-minute lag.
        setClock(new Date(Date.now() - 3600_000), { running: true });
        const victim = await receivedDossier();
        resetClock();
        await writeAnchor(db(), folder);
        expect(await verifyAnchors(db(), folder)).toEqual({ anchors: 1, problems: [] });

        await db().dossier.delete({ where: { id: victim.id } });
        const [file] = await readdir(folder);
        expect((await verifyAnchors(db(), folder)).problems).toEqual([{ file, problem: "differs" }]);

        const anchor = JSON.parse(await readFile(path.join(folder, file!), "utf8"));
        await writeFile(
          path.join(folder, file!),
          JSON.stringify({ ...anchor, dossiers: anchor.dossiers - 1, events: anchor.events - victim.events.length }),
        );
        expect((await verifyAnchors(db(), folder)).problems).toEqual([{ file, problem: "bad-signature" }]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );

  it(
    "finding 9: the application's database role reads and appends, but cannot change or remove events, audit " +
      "rows or dossiers",
    async () => {
      const dossier = await receivedDossier();
      const url = await ensureApplicationRole(process.env.DATABASE_URL!, "mat-khau-ung-dung-kiem-thu");
      expect(new URL(url).username).toBe("motcuaso_app");
      const app = new pg.Client({ connectionString: url });
      await app.connect();
      try {
        expect(
          (await app.query(`SELECT count(*)::int AS n FROM "DossierEvent" WHERE "dossierId" = $1`, [dossier.id]))
            .rows[0].n,
        ).toBe(2);
        await app.query(`INSERT INTO "AuditEvent" ("action") VALUES ('test.app-role')`);
        for (const statement of [
          `UPDATE "DossierEvent" SET "type" = 'x' WHERE "dossierId" = '${dossier.id}'`,
          `DELETE FROM "DossierEvent" WHERE "dossierId" = '${dossier.id}'`,
          `DELETE FROM "Dossier" WHERE "id" = '${dossier.id}'`,
          `UPDATE "AuditEvent" SET "action" = 'x'`,
          `DELETE FROM "AuditEvent"`,
          `TRUNCATE "DossierEvent"`,
          `SELECT * FROM "_prisma_migrations"`,
        ]) {
          await expect(app.query(statement), statement).rejects.toMatchObject({ code: "42501" });
        }
      } finally {
        await app.end();
      }
      expect(await verifyDossierChain(db(), dossier.id)).toEqual([]);
    },
  );
});
