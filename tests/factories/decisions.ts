// A leader's decision as the staff page makes it: decided, then signed with the one-time
// code the signing stand-in shows in demo mode (issue 27: the leader's own signature).
import { db } from "@/lib/db";
import type { PersonActor } from "@/lib/identity/actor";
import { decide, pendingDecisionOf, signDecision } from "@/lib/processing/workflow";

export async function decideAndSign(
  leader: PersonActor,
  code: string,
  seenVersion: number,
  input: unknown,
): Promise<{ resultCode: string }> {
  await decide(leader, code, seenVersion, input);
  const dossier = await db().dossier.findUniqueOrThrow({ where: { code }, select: { id: true } });
  const pending = await pendingDecisionOf(leader, dossier.id);
  if (!pending?.demoOtp) throw new Error("the signing stand-in gave no code (is it in demo mode?)");
  return signDecision(leader, code, pending.demoOtp);
}
