// The public lookup by dossier code: a second factor the applicant knows, the same answer
// for a wrong code and a wrong factor, limits that hold in the database, a pass that
// cannot be forged, and nothing of the applicant on the page.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import {
  checkLookup,
  codeOfPass,
  FAILURES_PER_DOSSIER,
  getDossierByPass,
  LOOKUPS_PER_ADDRESS,
} from "@/lib/dossiers/public-lookup";
import type { PersonActor } from "@/lib/identity/actor";
import { receiveDossier } from "@/lib/processing/reception";
import { claimStep } from "@/lib/processing/workflow";
import { createPersonActor, createStaff } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

process.env.AUTH_SECRET ??= "integration-tests-secret-for-lookup-passes-0123456789";

let applicant: PersonActor;
let code: string;
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

beforeAll(async () => {
  const saiGon = await db().agency.findFirstOrThrow({ where: { slug: "ubnd-phuong-sai-gon" }, select: { id: true } });
  applicant = await createPersonActor({
    name: "Người Được Tra Cứu",
    identity: { phone: "0901234567", address: "5 Nguyễn Huệ, Phường Sài Gòn" },
  });
  const clerk = await createStaff("RECEPTION_CLERK", saiGon.id, "Cán Bộ Một Cửa Công Khai");
  const specialist = await createStaff("SPECIALIST", saiGon.id, "Chuyên Viên Công Khai");
  const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
  code = (await submitDossier(applicant, draft.draftId, draft.idempotencyKey)).code;
  await receiveDossier(clerk, code, 0);
  await claimStep(specialist, code, 1);
});

describe("public lookup", () => {
  it(
    "finds the dossier with the last four digits of the ID number or phone, and shows staff but not the " + "applicant",
    async () => {
      for (const factor of [applicant.idNumber!.slice(-4), "4567"]) {
        const outcome = await checkLookup({ code: ` ${code.toLowerCase()} `, factor }, address());
        expect(outcome.kind).toBe("found");
        const view = await getDossierByPass(outcome.kind === "found" ? outcome.pass : null);
        expect(view).toMatchObject({ code, status: 4, procedure: { vi: "Đăng ký khai sinh" } });
        expect(view!.timeline.map((e) => e.staffName)).toEqual([
          null,
          "Cán Bộ Một Cửa Công Khai",
          "Chuyên Viên Công Khai",
        ]);
        const shown = JSON.stringify(view);
        for (const secret of [applicant.fullName, applicant.idNumber!, "0901234567", "5 Nguyễn Huệ"])
          expect(shown).not.toContain(secret);
      }
    },
  );

  it(
    "answers a wrong code and a wrong factor the same way, and refuses malformed input with " + "field messages",
    async () => {
      const wrongFactor = await checkLookup({ code, factor: "0000" }, address());
      const wrongCode = await checkLookup({ code: "01.98.H29-991231-9999", factor: "1234" }, address());
      expect(wrongFactor).toEqual({ kind: "no-match" });
      expect(wrongCode).toEqual(wrongFactor);
      const malformed = await checkLookup({ code: "<script>", factor: "12a" }, address());
      expect(malformed).toMatchObject({
        kind: "invalid",
        fieldErrors: { code: expect.anything(), factor: expect.anything() },
      });
    },
  );

  it("limits attempts per address and failed factors per dossier, in the database", async () => {
    const one = address();
    for (let i = 0; i < LOOKUPS_PER_ADDRESS.max; i++)
      expect(
        (await checkLookup({ code: `01.98.H29-991231-${String(i).padStart(4, "0")}`, factor: "1111" }, one)).kind,
      ).toBe("no-match");
    expect(await checkLookup({ code, factor: "4567" }, one)).toMatchObject({
      kind: "limited",
      retryAfterSeconds: expect.any(Number),
    });

    // Guessing a dossier's four digits from many addresses stops at the per-dossier limit.
    const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const target = (await submitDossier(applicant, draft.draftId, draft.idempotencyKey)).code;
    for (let i = 0; i < FAILURES_PER_DOSSIER.max; i++)
      expect((await checkLookup({ code: target, factor: String(1000 + i) }, address())).kind).toBe("no-match");
    expect((await checkLookup({ code: target, factor: "4567" }, address())).kind).toBe("limited");
    expect(await db().rateLimitBucket.count({ where: { key: { contains: target } } })).toBe(0);
  });

  it("finding 4: concurrent guesses at a dossier's lookup are counted before they are checked", async () => {
    const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const target = (await submitDossier(applicant, draft.draftId, draft.idempotencyKey)).code;
    // 200 guesses at once, each from its own address, the right four digits among them.
    const right = new Set([applicant.idNumber!.slice(-4), "4567"]);
    const guesses = Array.from({ length: 300 }, (_, i) => String(1000 + i))
      .filter((g) => !right.has(g))
      .slice(0, 199);
    guesses.splice(100, 0, "4567");
    const outcomes = await Promise.all(guesses.map((factor) => checkLookup({ code: target, factor }, address())));
    // Only as many as the limit allows were checked at all; every other one was refused unchecked.
    expect(outcomes.filter((o) => o.kind !== "limited")).toHaveLength(FAILURES_PER_DOSSIER.max);
    expect(outcomes.filter((o) => o.kind === "limited")).toHaveLength(guesses.length - FAILURES_PER_DOSSIER.max);
  });

  it("does not count the applicant's own successful lookups against the dossier", async () => {
    const draft = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const target = (await submitDossier(applicant, draft.draftId, draft.idempotencyKey)).code;
    for (let i = 0; i < FAILURES_PER_DOSSIER.max + 3; i++)
      expect((await checkLookup({ code: target, factor: "4567" }, address())).kind).toBe("found");
    for (let i = 0; i < FAILURES_PER_DOSSIER.max; i++)
      expect((await checkLookup({ code: target, factor: String(2000 + i) }, address())).kind).toBe("no-match");
    expect((await checkLookup({ code: target, factor: "4567" }, address())).kind).toBe("limited");
  });

  it("accepts only passes it signed, for ten minutes", async () => {
    const outcome = await checkLookup({ code, factor: "4567" }, address(), new Date("2026-11-23T10:00:00Z"));
    const pass = outcome.kind === "found" ? outcome.pass : "";
    expect(codeOfPass(pass, new Date("2026-11-23T10:05:00Z"))).toBe(code);
    expect(codeOfPass(pass, new Date("2026-11-23T10:11:00Z"))).toBeNull();
    const [payload, mac] = pass.split(".");
    const otherCode = Buffer.from(payload!, "base64url").toString().replace(code, "01.98.H29-991231-9998");
    const forged = `${Buffer.from(otherCode).toString("base64url")}.${mac}`;
    expect(codeOfPass(forged, new Date("2026-11-23T10:05:00Z"))).toBeNull();
    for (const junk of [undefined, "", "abc", "a.b", "x".repeat(400)]) expect(await getDossierByPass(junk)).toBeNull();
  });
});
