// VNeID accounts of the simulated registries: a personal account for every adult in the
// population database and an organisation account for every business. Level 2 is the
// full e-ID enrolled in person; level 1 is basic identity. Lockout state lives in memory:
// the stand-in is one process, and a restart unlocking accounts is acceptable for a demo.
import { createHash, scryptSync, timingSafeEqual } from "node:crypto";
import type { BusinessRecord, PersonRecord } from "@/lib/registries/records";
import { BUSINESSES, findBusinessRecord } from "@/stand-ins/vneid/businesses";
import { DEMO_REFERENCE_DATE, findPersonRecord, POPULATION } from "@/stand-ins/vneid/population";

/** Every demo account's password (shown on the stand-in's sign-in page and in the README). */
export const DEMO_PASSWORD = "VNeID@2026";

export type AccountLevel = 1 | 2;

export type Account =
  | { kind: "person"; subject: string; login: string; level: AccountLevel; blocked: boolean; person: PersonRecord }
  | {
      kind: "organisation";
      subject: string;
      login: string;
      level: AccountLevel;
      blocked: boolean;
      business: BusinessRecord;
    };

/** Personas whose account is level 1 only, or blocked by the issuer. */
const LEVEL_ONE = new Set(["079195004321"]);
const BLOCKED = new Set(["079088007777"]);

const SALT = "vneid-standin-demo";
const PASSWORD_HASH = scryptSync(DEMO_PASSWORD, SALT, 32);

export function subjectFor(login: string): string {
  return createHash("sha256").update(`vneid-subject:${login}`).digest("hex").slice(0, 32);
}

function isAdult(person: PersonRecord): boolean {
  return Number(DEMO_REFERENCE_DATE.slice(0, 4)) - Number(person.birthDate.slice(0, 4)) >= 14;
}

function personAccount(person: PersonRecord, index: number): Account {
  const level: AccountLevel = LEVEL_ONE.has(person.idNumber) || (index > 20 && index % 7 === 0) ? 1 : 2;
  return {
    kind: "person",
    subject: subjectFor(person.idNumber),
    login: person.idNumber,
    level,
    blocked: BLOCKED.has(person.idNumber),
    person,
  };
}

const accounts = new Map<string, Account>();
POPULATION.filter(isAdult).forEach((p, i) => accounts.set(p.idNumber, personAccount(p, i)));
for (const b of BUSINESSES) {
  accounts.set(b.enterpriseCode, {
    kind: "organisation",
    subject: subjectFor(b.enterpriseCode),
    login: b.enterpriseCode,
    level: 2,
    blocked: b.status !== "active",
    business: b,
  });
}
const bySubject = new Map([...accounts.values()].map((a) => [a.subject, a]));

export function findAccountByLogin(login: string): Account | null {
  return accounts.get(login) ?? null;
}

export function findAccountBySubject(subject: string): Account | null {
  return bySubject.get(subject) ?? null;
}

export function checkPassword(password: string): boolean {
  const candidate = scryptSync(password, SALT, 32);
  return timingSafeEqual(candidate, PASSWORD_HASH);
}

export function accountCount(): number {
  return accounts.size;
}

export { findBusinessRecord, findPersonRecord };
