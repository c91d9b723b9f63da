"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ValidationError } from "@/lib/errors";
import type { DefinitionProblem } from "@/lib/forms/definition-check";
import { getActor } from "@/lib/identity/session";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { publishFormVersion } from "@/lib/procedures/form-admin";

export type PublishState = { problems: DefinitionProblem[] };

/** Publishes the edited form as a new version; problems come back to the editor, which keeps the text. */
export async function publishFormAction(slug: string, locale: Locale, _previous: PublishState, formData: FormData): Promise<PublishState> {
  let version: number;
  try {
    ({ version } = await publishFormVersion(await getActor(), slug, { json: String(formData.get("definition") ?? ""), effectiveFrom: String(formData.get("effectiveFrom") ?? "") }));
  } catch (error) {
    if (error instanceof ValidationError) return { problems: Object.entries(error.fieldErrors).map(([path, message]) => ({ path, message: locale === "vi" ? message.vi : message.en })) };
    throw error;
  }
  // The public procedure page shows the version in force: rebuild it.
  for (const prefix of ["/vi", "/en"]) revalidatePath(`${prefix}/thu-tuc/${slug}`);
  redirect(`${localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`)}?published=${version}`);
}
