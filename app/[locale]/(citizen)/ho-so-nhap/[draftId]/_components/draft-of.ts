// The draft a filing page shows, read once per request for its title and its body.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { dossierSubmittedFrom, getDraftForOwner } from "@/lib/dossiers/queries";
import { NotFoundError } from "@/lib/errors";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getActor } from "@/lib/identity/session";

export const draftOf = cache(async (draftId: string) => getDraftForOwner(await getActor(), draftId));

/**
 * The draft for a filing page. A draft already submitted is gone: its applicant, coming back
 * to one of its pages (the browser's Back after submitting), is taken to the dossier it became.
 */
export async function draftOrItsDossier(draftId: string, locale: Locale) {
  try {
    return await draftOf(draftId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const code = await dossierSubmittedFrom(await getActor(), draftId);
    if (code) redirect(localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`));
    notFound();
  }
}
