"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { ValidationError } from "@/lib/errors";
import type { DefinitionProblem } from "@/lib/procedures/definition-check";
import { getActor } from "@/lib/identity/session";
import { localePath, pick, type Locale } from "@/lib/i18n/locales";
import { CATALOGUE_CACHE_TAG } from "@/lib/procedures/cache";
import { publishFormVersion } from "@/lib/procedures/form-admin";
import { domainAction } from "@/lib/errors/actions";

export type PublishState = { problems: DefinitionProblem[] };

/** Publishes the edited form as a new version; problems come back to the editor, which keeps the text. */
export const publishFormAction = domainAction(async function publishFormAction(slug: string, locale: Locale, _previous: PublishState, formData: FormData): Promise<PublishState> {
  let version: number;
  try {
    ({ version } = await publishFormVersion(await getActor(), slug, { json: String(formData.get("definition") ?? ""), effectiveFrom: String(formData.get("effectiveFrom") ?? "") }));
  } catch (error) {
    if (error instanceof ValidationError) return { problems: Object.entries(error.fieldErrors).map(([path, message]) => ({ path, message: pick(locale, message) })) };
    throw error;
  }
  // Public pages show the version in force: drop the cached catalogue data.
  updateTag(CATALOGUE_CACHE_TAG);
  redirect(`${localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`)}?published=${version}`);
});
