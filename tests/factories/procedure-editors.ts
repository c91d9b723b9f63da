// Who edits procedures in the builder's tests: a system administrator (every procedure) and
// the Department of Justice's procedure editor (its procedures only), and the refusal a
// save that is not valid ends in.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { PersonActor } from "@/lib/identity/actor";
import { createPersonActor } from "@/tests/factories/actors";

/** A system administrator, and an editor of the Department of Justice's procedures. */
export async function createProcedureEditors(): Promise<{ admin: PersonActor; justiceEditor: PersonActor }> {
  const admin = await createPersonActor({ name: "Quản Trị Viên", roles: [{ role: "SYSTEM_ADMIN", agencyId: null }] });
  const justice = await db().agency.findFirstOrThrow({ where: { slug: "so-tu-phap" } });
  const justiceEditor = await createPersonActor({ roles: [{ role: "PROCEDURE_EDITOR", agencyId: justice.id }] });
  return { admin, justiceEditor };
}

/** The ValidationError a promise is refused with (the test fails if it is anything else). */
export async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}
