"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localePath, pick } from "@/lib/i18n/locales";
import { CATALOGUE_CACHE_TAG } from "@/lib/procedures/cache";
import type { DefinitionProblem } from "@/lib/procedures/definition-check";
import { publishFormVersion } from "@/lib/procedures/form-admin";
import { boundKey, stateAction, textField } from "@/lib/web/action";

export type PublishState = { problems: DefinitionProblem[] };

/** Publishes the edited form as a new version; problems come back to the editor, which keeps the text. */
export const publishFormAction = stateAction({
  name: "procedure.form.publish",
  bound: boundKey,
  input: z.object({ definition: textField(1_000_000), effectiveFrom: textField(10) }),
  refused: (error, { locale }): PublishState => ({
    problems: Object.entries(error.fieldErrors).map(([path, message]) => ({ path, message: pick(locale, message) })),
  }),
  async run({ actor, bound: { key: slug, locale }, input }): Promise<PublishState> {
    const { version } = await publishFormVersion(actor, slug, {
      json: input.definition,
      effectiveFrom: input.effectiveFrom,
    });
    // Public pages show the version in force: drop the cached catalogue data.
    updateTag(CATALOGUE_CACHE_TAG);
    redirect(`${localePath(locale, `/admin/thu-tuc/${slug}/bieu-mau`)}?published=${version}`);
  },
});
