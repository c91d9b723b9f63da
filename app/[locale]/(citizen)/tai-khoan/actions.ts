"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteDraft } from "@/lib/dossiers/mutations";
import { localePath } from "@/lib/i18n/locales";
import { isSignedIn } from "@/lib/identity/actor";
import { signOut } from "@/lib/identity/auth";
import { actForOrganisation, grantMandate, revokeMandate } from "@/lib/accounts/mutations";
import { actForSchema, grantMandateSchema, idSchema } from "@/lib/accounts/schemas";
import { providerLogoutUrl } from "@/lib/identity/sign-out";
import { markNotificationsRead } from "@/lib/notifications/queries";
import { boundLocale, serverAction } from "@/lib/web/action";

// The account page's forms: each comes back to the page, its errors beside its own fields.

const account = ({ locale }: { locale: "vi" | "en" }) => localePath(locale, "/tai-khoan");

/** After a change of account: the page, in both languages, is read anew. */
function refresh(bound: { locale: "vi" | "en" }): string {
  for (const path of ["/vi/tai-khoan", "/en/tai-khoan"]) revalidatePath(path);
  return account(bound);
}

export const actForAction = serverAction({
  name: "account.act-for",
  bound: boundLocale,
  input: actForSchema,
  refusals: "form",
  back: (bound) => ({ path: account(bound), form: "act-for" }),
  async run({ actor, bound, input }) {
    await actForOrganisation(actor, input.enterpriseCode);
    return refresh(bound);
  },
});

export const grantMandateAction = serverAction({
  name: "account.mandate.grant",
  bound: boundLocale,
  input: grantMandateSchema,
  refusals: "form",
  back: (bound) => ({ path: account(bound), form: "mandate" }),
  async run({ actor, bound, input }) {
    await grantMandate(actor, input.idNumber);
    return refresh(bound);
  },
});

export const revokeMandateAction = serverAction({
  name: "account.mandate.revoke",
  bound: boundLocale,
  input: idSchema,
  back: (bound) => ({ path: account(bound), form: "mandate" }),
  async run({ actor, bound, input }) {
    await revokeMandate(actor, input.id);
    return refresh(bound);
  },
});

/** Ends the portal session, then the VNeID session (RP-initiated logout). */
export const signOutAction = serverAction({
  name: "account.sign-out",
  bound: z.tuple([]).transform(() => ({})),
  back: () => ({ path: "/da-dang-xuat" }),
  async run({ actor }) {
    const logoutUrl = isSignedIn(actor) ? await providerLogoutUrl("/da-dang-xuat") : "/da-dang-xuat";
    await signOut({ redirect: false });
    return logoutUrl;
  },
});

/** Deletes one of the person's drafts (and the personal data prefilled into it). */
export const deleteDraftAction = serverAction({
  name: "draft.delete",
  bound: boundLocale,
  input: idSchema,
  back: (bound) => ({ path: account(bound) }),
  async run({ actor, bound, input }) {
    await deleteDraft(actor, input.id);
    return account(bound);
  },
});

/** Marks the person's in-app notifications read. */
export const markNotificationsReadAction = serverAction({
  name: "account.notifications.read",
  bound: boundLocale,
  back: (bound) => ({ path: account(bound) }),
  async run({ actor, bound }) {
    await markNotificationsRead(actor);
    return account(bound);
  },
});
