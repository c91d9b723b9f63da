"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/errors/action-state";
import { setFlash } from "@/components/form/flash";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { domainErrorState, zodErrorState } from "@/lib/identity/action-errors";
import { maskIdNumber } from "@/lib/identity/id-number";
import { assignStaffRole, endSessionsOf, revokeStaffRole } from "@/lib/identity/mutations";
import { assignRoleSchema, endSessionsSchema, idSchema } from "@/lib/identity/schemas";
import { getMessages } from "@/lib/i18n/messages";
import { getActor } from "@/lib/identity/session";
import { domainAction } from "@/lib/errors/actions";

export const assignRoleAction = domainAction(async function assignRoleAction(locale: Locale, formData: FormData): Promise<void> {
  const values = { idNumber: String(formData.get("idNumber") ?? ""), role: String(formData.get("role") ?? ""), agencyId: String(formData.get("agencyId") ?? "") };
  const parsed = assignRoleSchema.safeParse(values);
  let state: ActionState = { ok: true };
  if (!parsed.success) state = zodErrorState(parsed.error, values);
  else {
    try {
      await assignStaffRole(await getActor(), { ...parsed.data, agencyId: parsed.data.agencyId || null });
    } catch (error) {
      state = domainErrorState(error, values);
    }
  }
  revalidatePath("/vi/admin/can-bo");
  const path = localePath(locale, "/admin/can-bo");
  redirect(state.ok ? path : `${path}?f=${await setFlash(state)}`);
});

export const revokeRoleAction = domainAction(async function revokeRoleAction(formData: FormData): Promise<void> {
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) await revokeStaffRole(await getActor(), parsed.data.id);
  redirect(String(formData.get("back") ?? "/admin/can-bo").startsWith("/en") ? "/en/admin/can-bo" : "/admin/can-bo");
});

/** Ends every session of a person; the page says how many ended (its own flash, beside the role form's). */
export const endSessionsAction = domainAction(async function endSessionsAction(locale: Locale, formData: FormData): Promise<void> {
  const values = { sessionsIdNumber: String(formData.get("sessionsIdNumber") ?? "") };
  const parsed = endSessionsSchema.safeParse(values);
  let state: ActionState;
  if (!parsed.success) state = zodErrorState(parsed.error, values);
  else {
    try {
      const { sessionsIdNumber } = parsed.data;
      const ended = await endSessionsOf(await getActor(), sessionsIdNumber);
      const said = (l: Locale) => getMessages(l).staff.sessionsEnded.replace("{n}", String(ended)).replace("{id}", maskIdNumber(sessionsIdNumber));
      state = { ok: true, message: { vi: said("vi"), en: said("en") } };
    } catch (error) {
      state = domainErrorState(error, values);
    }
  }
  redirect(`${localePath(locale, "/admin/can-bo")}?s=${await setFlash(state)}#sessions-heading`);
});