"use server";

import { redirect } from "next/navigation";
import { markNotificationsRead } from "@/lib/notifications/queries";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors/action-state";
import { setFlash } from "@/components/form/flash";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { isSignedIn } from "@/lib/identity/actor";
import { domainErrorState, zodErrorState } from "@/lib/identity/action-errors";
import { signOut } from "@/lib/identity/auth";
import { actForOrganisation, grantMandate, revokeMandate } from "@/lib/identity/mutations";
import { deleteDraft } from "@/lib/dossiers/mutations";
import { actForSchema, grantMandateSchema, idSchema } from "@/lib/identity/schemas";
import { getActor } from "@/lib/identity/session";
import { providerLogoutUrl } from "@/lib/identity/sign-out";
import { domainAction } from "@/lib/errors/actions";

const ACCOUNT_PATHS = ["/vi/tai-khoan", "/en/tai-khoan"];

function refresh() {
  for (const path of ACCOUNT_PATHS) revalidatePath(path);
}

/** Back to the account page, with the form's errors and typed values when there are any. */
async function back(locale: Locale, form: string, state: ActionState): Promise<never> {
  refresh();
  const path = localePath(locale, "/tai-khoan");
  if (state.ok) redirect(path);
  redirect(`${path}?form=${form}&f=${await setFlash(state)}`);
}

export const actForAction = domainAction(async function actForAction(locale: Locale, formData: FormData): Promise<void> {
  const values = { enterpriseCode: String(formData.get("enterpriseCode") ?? "") };
  const parsed = actForSchema.safeParse(values);
  if (!parsed.success) return back(locale, "act-for", zodErrorState(parsed.error, values));
  let state: ActionState = { ok: true };
  try {
    await actForOrganisation(await getActor(), parsed.data.enterpriseCode);
  } catch (error) {
    state = domainErrorState(error, values);
  }
  return back(locale, "act-for", state);
});

export const grantMandateAction = domainAction(async function grantMandateAction(locale: Locale, formData: FormData): Promise<void> {
  const values = { idNumber: String(formData.get("idNumber") ?? "") };
  const parsed = grantMandateSchema.safeParse(values);
  if (!parsed.success) return back(locale, "mandate", zodErrorState(parsed.error, values));
  let state: ActionState = { ok: true };
  try {
    await grantMandate(await getActor(), parsed.data.idNumber);
  } catch (error) {
    state = domainErrorState(error, values);
  }
  return back(locale, "mandate", state);
});

export const revokeMandateAction = domainAction(async function revokeMandateAction(formData: FormData): Promise<void> {
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) await revokeMandate(await getActor(), parsed.data.id);
  refresh();
});

/** Ends the portal session, then the VNeID session (RP-initiated logout). */
export const signOutAction = domainAction(async function signOutAction(): Promise<void> {
  const actor = await getActor();
  const logoutUrl = isSignedIn(actor) ? await providerLogoutUrl("/da-dang-xuat") : "/da-dang-xuat";
  await signOut({ redirect: false });
  redirect(logoutUrl);
});

/** Deletes one of the person's drafts (and the personal data prefilled into it). */
export const deleteDraftAction = domainAction(async function deleteDraftAction(locale: Locale, formData: FormData): Promise<void> {
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) await deleteDraft(await getActor(), parsed.data.id);
  redirect(localePath(locale, "/tai-khoan"));
});

/** Marks the person's in-app notifications read. */
export const markNotificationsReadAction = domainAction(async function markNotificationsReadAction(locale: Locale): Promise<void> {
  await markNotificationsRead(await getActor());
  redirect(localePath(locale, "/tai-khoan"));
});
