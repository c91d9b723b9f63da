// Page-level gates for signed-in areas. They decide what to show; the data layer still
// checks every read and write on its own.
import "server-only";
import { redirect } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { isSignedIn, type PersonActor } from "./actor";
import { getActor } from "./session";

/** The signed-in actor, or a redirect to sign-in that comes back to `path`. */
export async function requireSignedIn(locale: Locale, path: string): Promise<PersonActor> {
  const actor = await getActor();
  if (!isSignedIn(actor))
    redirect(`${localePath(locale, "/dang-nhap")}?next=${encodeURIComponent(localePath(locale, path))}`);
  return actor;
}
