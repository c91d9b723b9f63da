// Personal data is kept only as long as documented: the access log for the configured
// number of days; the administration's own records (staff actions) stay.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { purgeOldAccessLogs } from "@/lib/audit/retention";
import { createPersonActor } from "@/tests/factories/actors";

describe("access-log retention", () => {
  it("deletes who-opened-what and sign-in records older than the retention, and nothing else", async () => {
    const person = await createPersonActor();
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const rows = [
      { action: "dossier.personal-data.viewed", at: daysAgo(800) },
      { action: "auth.sign_in", at: daysAgo(731), ip: "203.0.113.7" },
      { action: "dossier.personal-data.viewed", at: daysAgo(10) },
      { action: "receive", at: daysAgo(800) },
    ];
    await db().auditEvent.createMany({ data: rows.map((r) => ({ ...r, actorUserId: person.userId })) });
    expect(await purgeOldAccessLogs(db(), 730)).toBeGreaterThanOrEqual(2);
    const left = await db().auditEvent.findMany({
      where: { actorUserId: person.userId },
      select: { action: true },
      orderBy: { at: "asc" },
    });
    expect(left.map((r) => r.action)).toEqual(["receive", "dossier.personal-data.viewed"]);
  });
});
