// A thousand random and hostile payloads through the filing path: every one is refused
// or stored as harmless text, none raises anything but a domain error, and no invalid
// payload becomes a dossier.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveDraftPage, startDraft, submitDossier } from "@/lib/dossiers/mutations";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { DomainError } from "@/lib/errors";
import { compileForm } from "@/lib/forms/compile";
import type { PersonActor } from "@/lib/identity/actor";
import { seededRandom } from "@/stand-ins/vneid/random";
import { createPersonActor } from "@/tests/factories/actors";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "Dossier"; --',
  "../../etc/passwd",
  "%00",
  "\u0000",
  "x".repeat(100_000),
  "😀".repeat(3000),
  "079090001234",
  "1990-02-30",
  "-1",
  "1e309",
  "NaN",
  "yes",
  "no",
  "ubnd-phuong-sai-gon",
  "",
];
const PAGES = ["nguoi-yeu-cau", "tre-em", "me", "cha", "noi-dang-ky"];
const FIELDS = [
  "requesterName",
  "requesterIdNumber",
  "relationship",
  "phone",
  "email",
  "childName",
  "childBirthDate",
  "childSex",
  "motherIdNumber",
  "motherBirthYear",
  "fatherDeclared",
  "competentWard",
  "isAdmin",
  "__proto__",
  "constructor",
];

function randomValue(rnd: ReturnType<typeof seededRandom>): unknown {
  switch (rnd.int(0, 7)) {
    case 0:
      return rnd.pick(HOSTILE);
    case 1:
      return rnd.int(-1e9, 1e9);
    case 2:
      return [rnd.pick(HOSTILE), rnd.int(0, 9)];
    case 3:
      return { nested: rnd.pick(HOSTILE) };
    case 4:
      return null;
    case 5:
      return true;
    case 6:
      return Array.from({ length: rnd.int(0, 200) }, () => rnd.pick(HOSTILE));
    default:
      return rnd.pick(HOSTILE).slice(0, rnd.int(0, 50));
  }
}

describe("filing path under hostile input", () => {
  let actor: PersonActor;
  beforeAll(async () => {
    actor = await createPersonActor({ name: "Người Thử Tải" });
  });

  it("survives 1,000 payloads with only domain errors and no invalid dossier", { timeout: 240_000 }, async () => {
    const rnd = seededRandom(8_2026);
    const dossiersBefore = await db().dossier.count({ where: { applicantUserId: actor.userId } });
    let validSubmissions = 0;
    for (let round = 0; round < 20; round++) {
      const { draftId } = await startDraft(actor, "dang-ky-khai-sinh");
      for (let i = 0; i < 50; i++) {
        const payload: Record<string, unknown> = {};
        for (let k = rnd.int(0, 6); k > 0; k--) payload[rnd.pick(FIELDS)] = randomValue(rnd);
        const page = rnd.next() < 0.05 ? "../kiem-tra" : rnd.pick(PAGES);
        try {
          const result = await saveDraftPage(
            actor,
            draftId,
            page,
            rnd.next() < 0.05 ? rnd.pick([null, "text", [1, 2]]) : payload,
          );
          expect(typeof result.errors).toBe("object");
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(DomainError);
        }
      }
      const draft = await getDraftForOwner(actor, draftId);
      for (const value of Object.values(draft.values)) {
        const texts = Array.isArray(value)
          ? value.flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))
          : [value];
        for (const t of texts) expect(typeof t === "string" && t.length <= 5000).toBe(true);
      }
      const valid = compileForm(draft.definition).schema.safeParse(draft.values).success;
      try {
        await submitDossier(actor, draftId, draft.idempotencyKey);
        expect(valid).toBe(true);
        validSubmissions++;
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(DomainError);
      }
    }
    expect(await db().dossier.count({ where: { applicantUserId: actor.userId } })).toBe(
      dossiersBefore + validSubmissions,
    );
  });
});
