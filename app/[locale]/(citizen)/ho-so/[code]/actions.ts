"use server";

import { z } from "zod";
import { uploadDocument } from "@/lib/documents/mutations";
import { ConflictError } from "@/lib/errors";
import { rateDossier, RATING_CRITERIA } from "@/lib/feedback/ratings";
import { localePath } from "@/lib/i18n/locales";
import { startPayment } from "@/lib/payments/mutations";
import { withdrawDossier } from "@/lib/processing/closing";
import { answerSupplement, getOpenSupplementForApplicant } from "@/lib/processing/supplements";
import { boundKey, serverAction, textField, versionField } from "@/lib/web/action";

// The applicant's forms on their dossier's page.

const page = ({ key, locale }: { key: string; locale: "vi" | "en" }) =>
  localePath(locale, `/ho-so/${encodeURIComponent(key)}/xac-nhan`);

/** Sends the payer to the payment gateway (a plain form post: works without JavaScript). */
export const startPaymentAction = serverAction({
  name: "dossier.payment.start",
  bound: boundKey,
  back: (bound) => ({ path: page(bound) }),
  // Nothing is due any more (paid in another tab, or no longer asked): the page says so.
  refused: (error, bound) => (error instanceof ConflictError ? `${page(bound)}?payment=nothing-due` : undefined),
  run: async ({ actor, bound }) => (await startPayment(actor, bound.key, bound.locale)).redirectUrl,
});

/** Sends the applicant's supplements: each chosen file goes to their data store first. */
export const answerSupplementAction = serverAction({
  name: "dossier.supplement.answer",
  bound: boundKey,
  back: (bound) => ({ path: page(bound), anchor: "supplement-title" }),
  async run({ actor, bound, formData }) {
    const open = await getOpenSupplementForApplicant(actor, bound.key);
    if (!open) return page(bound);
    const values: Record<string, string> = {};
    for (const field of open.fields) values[field.id] = String(formData.get(field.id) ?? "").slice(0, 5000);
    const documents: Record<string, string> = {};
    for (const item of open.items.filter((i) => i.kind === "document")) {
      const file = formData.get(`document.${item.key}`);
      if (file instanceof File && file.size > 0)
        documents[item.key] = await uploadDocument(
          actor,
          { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
          `document.${item.key}`,
        );
    }
    await answerSupplement(actor, bound.key, { documents, values });
    return `${page(bound)}?supplement=sent`;
  },
});

/** Withdraws the dossier once the applicant has ticked the confirmation, if it is still as they saw it. */
export const withdrawAction = serverAction({
  name: "dossier.withdraw",
  bound: boundKey,
  input: z.object({ version: versionField, reason: textField(500), confirmed: textField(3) }),
  back: (bound) => ({ path: page(bound) }),
  async run({ actor, bound, input }) {
    await withdrawDossier(actor, bound.key, {
      confirmed: input.confirmed === "yes",
      reason: input.reason,
      seenVersion: input.version,
    });
    return page(bound);
  },
});

/** Sends the rating; the choices come back with the messages when one is missing. */
export const rateAction = serverAction({
  name: "dossier.rate",
  bound: boundKey,
  input: z.object({ comment: textField(1000), ...Object.fromEntries(RATING_CRITERIA.map((c) => [c, textField(2)])) }),
  back: (bound) => ({ path: page(bound), anchor: "rating-title" }),
  // Rated already (another tab): the page shows the rating given.
  refused: (error, bound) => (error instanceof ConflictError ? `${page(bound)}?done=rated#rating-title` : undefined),
  async run({ actor, bound, input }) {
    const scores = Object.fromEntries(
      RATING_CRITERIA.map((c) => [c, (input as Record<string, string>)[c] || undefined]),
    );
    await rateDossier(actor, bound.key, { scores, comment: input.comment });
    // A query as well as the anchor: a change of anchor alone would not show the new page.
    return `${page(bound)}?done=rated#rating-title`;
  },
});
