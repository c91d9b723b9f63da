// A person downloads everything the portal holds about them: their dossiers with answers,
// provenance and history, their documents, and which officers opened their data; nothing
// of anyone else's; and the download itself is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { NotFoundError } from "@/lib/errors";
import { ANONYMOUS, type PersonActor } from "@/lib/identity/actor";
import { exportOwnData } from "@/lib/accounts/data-export";
import { getDossierForStaff, receiveDossier } from "@/lib/processing/reception";
import { agencyIds, createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { openJson } from "@/lib/security/identity-sealing";

let owner: PersonActor;
let stranger: PersonActor;
let clerk: PersonActor;

beforeAll(async () => {
  const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
  owner = await createPersonActor({ name: "Người Tải Dữ Liệu" });
  stranger = await createPersonActor({ name: "Người Khác Hẳn" });
  clerk = await createStaff("RECEPTION_CLERK", saiGon, "Cán Bộ Đã Xem");
});

async function file(actor: PersonActor) {
  const draft = await createReadyDraft(actor, birthRegistrationValues(actor));
  return (await submitDossier(actor, draft.draftId, draft.idempotencyKey)).code;
}

describe("exporting one's own data", () => {
  it("holds the person's dossiers, their history and who opened them, and nothing of anyone else", async () => {
    const mine = await file(owner);
    const theirs = await file(stranger);
    await getDossierForStaff(clerk, mine);
    await receiveDossier(clerk, mine, 0);

    const data = await exportOwnData(owner);
    expect(data.account).toMatchObject({ fullName: "Người Tải Dữ Liệu", idNumber: owner.idNumber });
    const codes = data.dossiers.map((d) => d.code);
    expect(codes).toContain(mine);
    expect(codes).not.toContain(theirs);
    const dossier = data.dossiers.find((d) => d.code === mine)!;
    expect(dossier.procedure?.name).toBe("Đăng ký khai sinh");
    expect(dossier.agency).toBe("Ủy ban nhân dân Phường Sài Gòn");
    // The answers as filed, with where each came from.
    const stored = await db().dossier.findUniqueOrThrow({
      where: { code: mine },
      select: { sealedValues: true, provenance: true },
    });
    expect(dossier.values).toEqual(openJson(stored.sealedValues));
    expect(dossier.provenance).toEqual(stored.provenance);
    expect(dossier.values).toMatchObject(birthRegistrationValues(owner));
    // Submitted by the person, received by the named clerk.
    expect(dossier.history.map((e) => e.by)).toEqual(["you", "Cán Bộ Đã Xem"]);
    expect(data.accessLog).toEqual([expect.objectContaining({ dossier: mine, officer: "Cán Bộ Đã Xem" })]);
    // Nothing in the file names the other applicant.
    expect(JSON.stringify(data)).not.toContain("Người Khác Hẳn");

    const audit = await db().auditEvent.findFirst({
      where: { actorUserId: owner.userId, action: "account.data-exported" },
      orderBy: { at: "desc" },
    });
    expect(audit?.details).toMatchObject({ dossiers: 1 });
  });

  it("is not found for someone not signed in", async () => {
    await expect(exportOwnData(ANONYMOUS)).rejects.toBeInstanceOf(NotFoundError);
  });
});
