// Ending a dossier without a result: the applicant withdraws it (status 7) before a
// decision, or a leader stops its processing with reasons (status 8). Both are final.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { applicantScope, plausibleCode } from "@/lib/dossiers/access";
import { changeDossier } from "@/lib/dossiers/lifecycle";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { dossierMessages } from "@/lib/notifications/dossier-messages";
import { staffDossier } from "@/lib/dossiers/staff-access";

/** The applicant withdraws the dossier as they saw it (its version); they must confirm, and may say why. */
export async function withdrawDossier(
  actor: Actor,
  code: string,
  input: { confirmed: boolean; reason?: string; seenVersion: number },
): Promise<void> {
  if (!isSignedIn(actor) || !plausibleCode(code)) throw new NotFoundError("dossier");
  const dossier = await db().dossier.findFirst({
    where: { code, ...applicantScope(actor) },
    select: { id: true, code: true, applicantUserId: true },
  });
  if (!dossier) throw new NotFoundError("dossier");
  if (!input.confirmed)
    throw new ValidationError({
      confirmed: { vi: "Đánh dấu ô xác nhận để rút hồ sơ.", en: "Tick the box to confirm the withdrawal." },
    });
  const reason = (input.reason ?? "").trim().slice(0, 500);
  await db().$transaction((tx) =>
    changeDossier(tx, dossier, {
      action: "withdraw",
      seenVersion: input.seenVersion,
      set: { assigneeUserId: null, stepKey: null },
      event: { type: "withdrawn", actorUserId: actor.userId, details: { reason } },
      notify: { kind: "dossier.withdrawn", message: dossierMessages.withdrawn(dossier.code) },
    }),
  );
}

const reasonsSchema = z.string().trim().min(10).max(2000);

/** A leader stops processing with reasons (the stop-processing notice). */
export async function stopProcessing(actor: Actor, code: string, seenVersion: number, reasons: unknown): Promise<void> {
  const { me, dossier } = await staffDossier(actor, code, "dossier.decide");
  const parsed = reasonsSchema.safeParse(reasons);
  if (!parsed.success)
    throw new ValidationError({
      stopReasons: {
        vi: "Nêu lý do dừng xử lý (10 đến 2.000 ký tự).",
        en: "Give the reasons for stopping (10 to 2,000 characters).",
      },
    });
  await db().$transaction((tx) =>
    changeDossier(tx, dossier, {
      action: "stop",
      seenVersion,
      set: { assigneeUserId: null, stepKey: null },
      event: {
        type: "stopped",
        actorUserId: me.userId,
        details: { reasons: parsed.data, role: "LEADER", agencyId: dossier.agencyId },
      },
      notify: { kind: "dossier.stopped", message: dossierMessages.stopped(dossier.code, parsed.data) },
      audit: { actorUserId: me.userId, action: "dossier.stop", details: { code } },
    }),
  );
}
