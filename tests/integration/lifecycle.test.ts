// The one door for a dossier's changes (lib/dossiers/lifecycle.ts): every change is checked
// against the version seen, the holder and the status rules, and writes its event, its
// message and its audit line with the row, or nothing at all.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyDossierChain } from "@/lib/dossiers/events";
import { changeDossier } from "@/lib/dossiers/lifecycle";
import { submitDossier } from "@/lib/dossiers/mutations";
import { ConflictError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { requestSupplement } from "@/lib/processing/supplements";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

let citizen: PersonActor;
let clerk: PersonActor;

beforeAll(async () => {
  citizen = await createPersonActor({ name: "Người Thử Cửa" });
  const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
  clerk = await createStaff("RECEPTION_CLERK", saiGon, "Cán Bộ Hỏi Bổ Sung");
});

async function submitted() {
  const draft = await createReadyDraft(citizen, birthRegistrationValues(citizen));
  const { code } = await submitDossier(citizen, draft.draftId, draft.idempotencyKey);
  return db().dossier.findUniqueOrThrow({ where: { code }, select: { id: true, code: true, applicantUserId: true } });
}

const counts = async (dossierId: string) => ({
  events: await db().dossierEvent.count({ where: { dossierId } }),
  notifications: await db().notification.count({ where: { dossierId } }),
  audits: await db().auditEvent.count({ where: { targetId: dossierId } }),
  row: await db().dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, version: true } }),
});

const withdrawal = (seenVersion: number | "current") => ({
  action: "withdraw" as const,
  seenVersion,
  event: { type: "withdrawn" as const, actorUserId: null, details: { reason: "thử" } },
  notify: {
    kind: "dossier.withdrawn",
    message: { titleVi: "Rút", titleEn: "Withdrawn", bodyVi: "Đã rút.", bodyEn: "Withdrawn." },
  },
  audit: { actorUserId: citizen.userId, action: "dossier.test" },
});

describe("changeDossier", () => {
  it(
    "moves the status by the rules and writes the version, the chained event, the message and the audit line " +
      "together",
    async () => {
      const dossier = await submitted();
      const before = await counts(dossier.id);
      const moved = await db().$transaction((tx) => changeDossier(tx, dossier, withdrawal(0)));
      expect(moved).toEqual({ from: 1, to: 7, version: 1 });
      const after = await counts(dossier.id);
      expect(after).toEqual({
        events: before.events + 1,
        notifications: before.notifications + 2,
        audits: before.audits + 1,
        row: { status: 7, version: 1 },
      });
      const event = await db().dossierEvent.findFirstOrThrow({
        where: { dossierId: dossier.id },
        orderBy: { id: "desc" },
      });
      expect([event.type, event.fromStatus, event.toStatus]).toEqual(["withdrawn", 1, 7]);
      expect(await verifyDossierChain(db(), dossier.id)).toEqual([]);
    },
  );

  it(
    "refuses, writing nothing, a change on a version the person did not see, one the rules forbid, or one by " +
      "someone not holding the dossier",
    async () => {
      const dossier = await submitted();
      const before = await counts(dossier.id);
      await expect(db().$transaction((tx) => changeDossier(tx, dossier, withdrawal(5)))).rejects.toBeInstanceOf(
        ConflictError,
      );
      // A submitted dossier cannot be decided, whatever the version.
      await expect(
        db().$transaction((tx) => changeDossier(tx, dossier, { ...withdrawal(0), action: "decide" })),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        db().$transaction((tx) => changeDossier(tx, dossier, { ...withdrawal(0), heldBy: citizen.userId })),
      ).rejects.toBeInstanceOf(ConflictError);
      // A change within a status is refused outside the statuses it names.
      await expect(
        db().$transaction((tx) => changeDossier(tx, dossier, { ...withdrawal(0), action: null, within: [4] })),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await counts(dossier.id)).toEqual(before);
    },
  );

  it("lets only one of two changes made at once on the same version through", async () => {
    const dossier = await submitted();
    const outcomes = await Promise.allSettled(
      [0, 1].map(() => db().$transaction((tx) => changeDossier(tx, dossier, withdrawal(0)))),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
    ]);
    expect((await counts(dossier.id)).row).toEqual({ status: 7, version: 1 });
  });

  it("leaves nothing behind when the command's transaction fails after the change", async () => {
    const dossier = await submitted();
    const before = await counts(dossier.id);
    await expect(
      db().$transaction(async (tx) => {
        await changeDossier(tx, dossier, withdrawal(0));
        throw new Error("the slip could not be written");
      }),
    ).rejects.toThrow("the slip could not be written");
    expect(await counts(dossier.id)).toEqual(before);
  });

  it(
    "answers two supplement requests sent at once on one version with one request and one conflict, never a " +
      "deadlock",
    async () => {
      const dossier = await submitted();
      const request = {
        items: [{ kind: "field", key: "birthPlace", reason: "Ghi đầy đủ tên cơ sở y tế nơi trẻ sinh ra." }],
        officerPhone: "0283823333",
        note: "",
      };
      const outcomes = await Promise.allSettled(
        [0, 1, 2].map(() => requestSupplement(clerk, dossier.code, 0, request)),
      );
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason)).toEqual([
        expect.any(ConflictError),
        expect.any(ConflictError),
      ]);
      expect(await db().supplementRequest.count({ where: { dossierId: dossier.id } })).toBe(1);
      expect(await db().dossierSlip.count({ where: { dossierId: dossier.id, kind: "MAU_02" } })).toBe(1);
    },
  );
});
