// A system administrator ends every portal session of a person; no one else can, and the
// act is audited without the full ID number.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { endSessionsOf } from "@/lib/accounts/mutations";
import { agencyIds, createPersonActor } from "@/tests/factories/actors";

let systemAdmin: PersonActor;
let agencyAdmin: PersonActor;
let person: PersonActor;

beforeAll(async () => {
  const [saiGon] = await agencyIds("ubnd-phuong-sai-gon");
  systemAdmin = await createPersonActor({ roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] });
  agencyAdmin = await createPersonActor({ roles: [{ role: "AGENCY_ADMIN", agencyId: saiGon }] });
  person = await createPersonActor({ name: "Người Mất Điện Thoại" });
});

const openSession = () =>
  db().session.create({
    data: { sessionToken: randomUUID(), userId: person.userId, expires: new Date(Date.now() + 3600_000) },
  });
const sessionsLeft = () => db().session.count({ where: { userId: person.userId } });

describe("ending a person's sessions", () => {
  it("is refused to an agency administrator and to the person themself, leaving the sessions", async () => {
    await openSession();
    const before = await sessionsLeft();
    await expect(endSessionsOf(agencyAdmin, person.idNumber!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(endSessionsOf(person, person.idNumber!)).rejects.toBeInstanceOf(NotFoundError);
    expect(await sessionsLeft()).toBe(before);
  });

  it("ends every session for a system administrator, audited with the masked number", async () => {
    await openSession();
    await openSession();
    const before = await sessionsLeft();
    expect(await endSessionsOf(systemAdmin, person.idNumber!)).toBe(before);
    expect(await sessionsLeft()).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { actorUserId: systemAdmin.userId, action: "account.sessions_ended" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({ sessions: before });
    expect(JSON.stringify(audit.details)).not.toContain(person.idNumber!);
    // Nobody left to sign out: nothing ends, and that is said as zero.
    expect(await endSessionsOf(systemAdmin, person.idNumber!)).toBe(0);
  });
});
