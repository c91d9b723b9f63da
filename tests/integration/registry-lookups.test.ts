// Issue 19 finding 1: an ID number typed into a form was answered with that person's name,
// birth year and address, whoever typed it. Now the registry's record fills the form only
// for a relation the registry confirms; otherwise the applicant types the name and learns
// only whether it matches. Lookups are counted per person and logged for the person looked up.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveDraftPage, startDraft } from "@/lib/dossiers/mutations";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import type { PersonActor } from "@/lib/identity/actor";
import { exportOwnData } from "@/lib/accounts/data-export";
import { idNumberHash } from "@/lib/security/identity-sealing";
import { createPersonActor, registryPersonActor } from "@/tests/factories/actors";
import { useInstant } from "@/tests/factories/instants";

const BINH = "079192005678";
const MOTHER_DETAILS = ["motherName", "motherBirthYear", "motherEthnicity", "motherNationality", "motherAddress"];

let an: PersonActor;

beforeAll(async () => {
  an = await registryPersonActor("079090001234", "Nguyễn Văn An");
});

describe("finding 1: registry lookups of ID numbers", () => {
  // Lookups are counted in hourly windows: a standing clock keeps a test inside one.
  useInstant("mondayBeforeOffice");

  it(
    "finding 1: a stranger's number typed as the mother's fills nothing and says only that it " + "is not confirmed",
    async () => {
      const stranger = await createPersonActor({ name: "Người Dò Số" });
      const { draftId } = await startDraft(stranger, "dang-ky-khai-sinh");
      const result = await saveDraftPage(stranger, draftId, "me", { motherIdNumber: BINH });
      expect(result).toMatchObject({ filledFromRegistry: false, registryNotConfirmed: true });
      const draft = await getDraftForOwner(stranger, draftId);
      for (const field of MOTHER_DETAILS) expect(draft.values[field]).toBeUndefined();
      expect(Object.values(draft.provenance)).not.toContain("REGISTRY");
      // The answer to a number nobody has reads the same.
      const unknown = await saveDraftPage(stranger, draftId, "me", { motherIdNumber: "079192999999" });
      expect(unknown).toMatchObject({ filledFromRegistry: false, registryNotConfirmed: true });
    },
  );

  it("finding 1: a stranger who types the right name gets it confirmed, and nothing more", async () => {
    const stranger = await createPersonActor({ name: "Người Biết Tên" });
    const { draftId } = await startDraft(stranger, "dang-ky-khai-sinh");
    const wrong = await saveDraftPage(stranger, draftId, "me", { motherIdNumber: BINH, motherName: "Trần Thị Bính" });
    expect(wrong).toMatchObject({ registryNotConfirmed: true });
    expect((await getDraftForOwner(stranger, draftId)).provenance.motherName).toBe("TYPED");
    const right = await saveDraftPage(stranger, draftId, "me", {
      motherIdNumber: BINH,
      motherName: " trần thị  bình ",
    });
    // Confirmed, in the registry's spelling, and said by the field's source label, not by a "filled" notice.
    expect(right).toMatchObject({ filledFromRegistry: false, registryNotConfirmed: false });
    const draft = await getDraftForOwner(stranger, draftId);
    expect(draft.provenance.motherName).toBe("REGISTRY");
    expect(draft.values.motherName).toBe("Trần Thị Bình");
    for (const field of MOTHER_DETAILS.slice(1)) expect(draft.values[field]).toBeUndefined();
  });

  it(
    "finding 1: the registry's record fills the form when it confirms the relation the field claims (the " +
      "applicant's wife)",
    async () => {
      const { draftId } = await startDraft(an, "dang-ky-khai-sinh");
      const result = await saveDraftPage(an, draftId, "me", { motherIdNumber: BINH });
      expect(result).toMatchObject({ filledFromRegistry: true, registryNotConfirmed: false });
      const draft = await getDraftForOwner(an, draftId);
      expect(draft.values).toMatchObject({
        motherName: "Trần Thị Bình",
        motherBirthYear: "1992",
        motherNationality: "Việt Nam",
      });
      expect(draft.provenance).toMatchObject({ motherName: "REGISTRY", motherAddress: "REGISTRY" });
      // Another number in the same field takes the wife's details away with it.
      await saveDraftPage(an, draftId, "me", { motherIdNumber: "079192999999" });
      const after = await getDraftForOwner(an, draftId);
      for (const field of MOTHER_DETAILS) expect(after.values[field]).toBeUndefined();
    },
  );

  it(
    "finding 1: lookups are counted per person, refused past the hour's limit, and logged for the person looked " +
      "up",
    async () => {
      const prober = await createPersonActor({ name: "Người Dò Nhiều Số" });
      const { draftId } = await startDraft(prober, "dang-ky-khai-sinh");
      const answers = [];
      // Twenty a person an hour (REGISTRY_LOOKUPS_PER_HOUR); the twenty-first is refused.
      for (let i = 0; i < 21; i++)
        answers.push(
          await saveDraftPage(prober, draftId, "me", {
            motherIdNumber: i === 20 ? BINH : `07919200${String(1000 + i)}`,
          }),
        );
      expect(answers.slice(0, 20).every((a) => !a.registryLimited)).toBe(true);
      expect(answers[20]).toMatchObject({ registryLimited: true, filledFromRegistry: false });
      // Someone else's lookups are not spent by the prober's.
      const other = await createPersonActor();
      const { draftId: otherDraft } = await startDraft(other, "dang-ky-khai-sinh");
      expect(await saveDraftPage(other, otherDraft, "me", { motherIdNumber: BINH })).toMatchObject({
        registryLimited: false,
      });

      const logged = await db().auditEvent.findMany({
        where: {
          targetId: idNumberHash(BINH),
          action: "registry.person-lookup",
          actorUserId: { in: [prober.userId, other.userId] },
        },
      });
      expect(logged.map((e) => e.actorUserId)).toEqual([other.userId]);
      expect(JSON.stringify(logged.map(({ id: _id, ...row }) => row))).not.toContain(BINH);
      const binh = await registryPersonActor(BINH, "Trần Thị Bình");
      const mine = await exportOwnData(binh);
      expect(mine.registryLookups).toEqual(
        expect.arrayContaining([expect.objectContaining({ by: other.fullName, outcome: "not-confirmed" })]),
      );
    },
  );
});
