"use server";

import { revalidatePath } from "next/cache";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { maskIdNumber } from "@/lib/identity/id-number";
import { assignStaffRole, endSessionsOf, revokeStaffRole } from "@/lib/accounts/mutations";
import { assignRoleSchema, endSessionsSchema, idSchema } from "@/lib/accounts/schemas";
import { boundLocale, serverAction, withFlash } from "@/lib/web/action";

// The staff roles page: assign a role, revoke one, end a person's sessions.

const roles = ({ locale }: { locale: "vi" | "en" }) => localePath(locale, "/admin/can-bo");

export const assignRoleAction = serverAction({
  name: "staff.role.assign",
  bound: boundLocale,
  input: assignRoleSchema,
  refusals: "form",
  back: (bound) => ({ path: roles(bound), form: "roles" }),
  async run({ actor, bound, input }) {
    await assignStaffRole(actor, { ...input, agencyId: input.agencyId || null });
    revalidatePath("/vi/admin/can-bo");
    return roles(bound);
  },
});

export const revokeRoleAction = serverAction({
  name: "staff.role.revoke",
  bound: boundLocale,
  input: idSchema,
  back: (bound) => ({ path: roles(bound) }),
  async run({ actor, bound, input }) {
    await revokeStaffRole(actor, input.id);
    return roles(bound);
  },
});

/** Ends every session of a person; the page says how many ended (its own flash, beside the role form's). */
export const endSessionsAction = serverAction({
  name: "account.sessions.end",
  bound: boundLocale,
  input: endSessionsSchema,
  refusals: "form",
  back: (bound) => ({ path: roles(bound), form: "sessions", anchor: "sessions-heading" }),
  async run({ actor, bound, input }) {
    const ended = await endSessionsOf(actor, input.sessionsIdNumber);
    const said = (l: "vi" | "en") =>
      getMessages(l)
        .staff.sessionsEnded.replace("{n}", String(ended))
        .replace("{id}", maskIdNumber(input.sessionsIdNumber));
    return withFlash(
      { path: roles(bound), form: "sessions", anchor: "sessions-heading" },
      { ok: true, message: { vi: said("vi"), en: said("en") } },
    );
  },
});
