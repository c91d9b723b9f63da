// The dossier event log is tamper-evident: any change, removal or truncation is found.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyAllChains, verifyDossierChain } from "@/lib/dossiers/events";
import { submitDossier } from "@/lib/dossiers/mutations";
import { receiveDossier } from "@/lib/processing/reception";
import { createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

async function receivedDossier() {
  const citizen = await createPersonActor();
  const agency = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" } });
  const clerk = await createStaff("RECEPTION_CLERK", agency.id);
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  await receiveDossier(clerk, code, 0);
  return db().dossier.findUniqueOrThrow({ where: { code }, include: { events: { orderBy: { id: "asc" } } } });
}

describe("event chain", () => {
  it("verifies an untouched dossier, and finds an altered event, a removed one and a cut end", async () => {
    const dossier = await receivedDossier();
    expect(dossier.events.map((e) => e.type)).toEqual(["submitted", "received"]);
    expect(dossier.events[1]!.prevHash).toBe(dossier.events[0]!.hash);
    expect(await verifyDossierChain(db(), dossier.id)).toEqual([]);

    await db().$executeRaw`UPDATE "DossierEvent" SET "details" = jsonb_set("details", '{appointmentAt}',
        '"2099-01-01T00:00:00.000Z"') WHERE "id" = ${dossier.events[1]!.id}`;
    expect((await verifyDossierChain(db(), dossier.id)).map((p) => p.problem)).toEqual(["altered"]);

    const other = await receivedDossier();
    await db().dossierEvent.delete({ where: { id: other.events[0]!.id } });
    expect((await verifyDossierChain(db(), other.id)).map((p) => p.problem)).toEqual(["broken-link"]);

    const third = await receivedDossier();
    await db().dossierEvent.delete({ where: { id: third.events[1]!.id } });
    expect((await verifyDossierChain(db(), third.id)).map((p) => p.problem)).toEqual(["end-missing"]);

    const found: string[] = [];
    const report = await verifyAllChains(db(), (p) => found.push(p.dossierCode), 7);
    expect(report.dossiers).toBe(await db().dossier.count());
    expect(found).toEqual(expect.arrayContaining([dossier.code, other.code, third.code]));
  });
});
