"use server";

// The filing journey's actions, shared by the procedure's start page and the draft's pages.
// Each answers with a redirect (post/redirect/get), so the journey behaves the same with
// and without JavaScript; a refusal names a `problem` the page it leads to explains.
import { refresh } from "next/cache";
import { z } from "zod";
import { uploadDocument } from "@/lib/documents/mutations";
import { saveDraftPage, startDraft, submitDossier } from "@/lib/dossiers/mutations";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { confirmDraftSignature, requestDraftSignature } from "@/lib/dossiers/signing";
import {
  ConflictError,
  minutesToWait,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  type DomainError,
} from "@/lib/errors";
import { compileForm, conditionHolds, type FormValues } from "@/lib/forms/compile";
import type { FormPage } from "@/lib/forms/definition";
import { readPageValues } from "@/lib/forms/form-data";
import { formErrorMessage } from "@/lib/forms/messages";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/identity/actor";
import { SigningRefusedError, SigningUnavailableError } from "@/lib/signing/client";
import { boundKey, keyArg, localeArg, serverAction, textField } from "@/lib/web/action";
import { setFlash } from "@/lib/web/flash";

type Draft = { key: string; locale: Locale };

const draftPath = ({ key, locale }: Draft, page: string) =>
  localePath(locale, `/ho-so-nhap/${encodeURIComponent(key)}/${page}`);

/** Nothing typed on these pages is sent back through a cookie: the draft keeps it. */
const keepNothing = () => ({});

/**
 * Saves a page and always redirects: to the next page when this one is complete, or back
 * to it, where the saved answers and their errors are shown again.
 */
export const savePageAction = serverAction({
  name: "draft.page.save",
  bound: z
    .tuple([keyArg, z.string().regex(/^[a-z0-9-]{1,60}$/), localeArg])
    .transform(([key, pageId, locale]) => ({ key, pageId, locale })),
  back: (bound) => ({ path: draftPath(bound, bound.pageId) }),
  echo: keepNothing,
  run: ({ actor, bound, formData }) => savePage(actor, bound, formData),
});

async function savePage(actor: Actor, bound: Draft & { pageId: string }, formData: FormData): Promise<string> {
  const { key: draftId, pageId } = bound;
  const before = await getDraftForOwner(actor, draftId);
  const page = before.definition.pages.find((p) => p.id === pageId);
  const here = draftPath(bound, pageId);
  if (!page) return draftPath(bound, "kiem-tra");
  const values = readPageValues(page, formData);
  const uploaded: string[] = [];
  // A newly chosen file is uploaded to the data store first; the answer is its document id.
  // A file refused (too large, a kind not accepted) is said beside its field.
  for (const field of page.fields) {
    if (field.type !== "attachment") continue;
    const file = formData.get(`${field.id}.file`);
    if (!(file instanceof File) || file.size === 0) continue;
    values[field.id] = await uploadDocument(
      actor,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      field.id,
    );
    uploaded.push(field.id);
  }
  // Files the page's script uploaded before posting (to show progress) are named here.
  for (const field of page.fields) {
    if (field.type === "attachment" && values[field.id] && formData.get(`${field.id}.uploaded`) === values[field.id])
      uploaded.push(field.id);
  }
  const result = await saveDraftPage(actor, draftId, pageId, values, uploaded);
  // The draft's pages the browser keeps are stale now: Back must ask the server again, which
  // shows the answers just saved (the walk found Back showing this page as first loaded, empty).
  refresh();
  const intent = String(formData.get("intent") ?? "");
  if (intent.startsWith("add:") || intent.startsWith("remove:")) return here;
  // What the registries said is shown with the errors, if any: both explain what to type.
  const notice = result.registryLimited
    ? "registry-limited"
    : result.registryNotConfirmed
      ? "registry-not-confirmed"
      : result.registryUnavailable
        ? "registry-unavailable"
        : result.filledFromRegistry
          ? "filled"
          : null;
  // Questions an answer revealed (a page sent without JavaScript, which shows them only now)
  // are shown to be answered, not judged: the page comes back with errors for the rest only.
  const revealed = newlyShownFields(page, result.values, formData.get("shown-fields"));
  if (revealed.length > 0) {
    const seen = Object.entries(result.errors).filter(([key]) => !revealed.includes(key.split(".")[0]!));
    const nonce =
      seen.length > 0
        ? await setFlash({
            fieldErrors: Object.fromEntries(seen.map(([key, error]) => [key, formErrorMessage(error)])),
          })
        : null;
    const query = new URLSearchParams({ ...(nonce ? { f: nonce } : {}), ...(notice ? { notice } : {}) });
    return `${here}?${query}#${revealed[0]}`;
  }
  const hasErrors = Object.keys(result.errors).length > 0;
  if (hasErrors || notice)
    return `${here}?${new URLSearchParams({ ...(hasErrors ? { errors: "1" } : {}), ...(notice ? { notice } : {}) })}`;
  const pages = compileForm(before.definition).visiblePages(result.values);
  const next = pages[pages.findIndex((p) => p.id === pageId) + 1];
  return draftPath(bound, next ? next.id : "kiem-tra");
}

/**
 * Fields of the page that its answers now show but that the page as sent did not (it names
 * what it showed in `shown-fields`); none when it did not say.
 */
function newlyShownFields(page: FormPage, values: FormValues, shownField: FormDataEntryValue | null): string[] {
  if (typeof shownField !== "string") return [];
  const shown = new Set(shownField.split(" "));
  return page.fields.filter((f) => conditionHolds(f.showIf, values) && !shown.has(f.id)).map((f) => f.id);
}

/** Why a submission was refused, as the check page names it. */
function submissionProblem(error: DomainError, bound: Draft): string {
  const check = draftPath(bound, "kiem-tra");
  if (error instanceof RateLimitedError) return `${check}?problem=rate-limited&retry=${error.retryAfterSeconds}`;
  if (error instanceof ValidationError) {
    const locked = Object.values(error.fieldErrors).some((e) => e.en === "locked-changed");
    return `${check}?problem=${locked ? "locked" : "signature" in error.fieldErrors ? "signature" : "invalid"}`;
  }
  return `${check}?problem=${error.code}`;
}

/** Submits the draft; a repeated click returns the same dossier. Problems send the applicant back to the check page. */
export const submitDraftAction = serverAction({
  name: "draft.submit",
  bound: boundKey,
  input: z.object({ idempotencyKey: textField(100) }),
  back: (bound) => ({ path: draftPath(bound, "kiem-tra") }),
  echo: keepNothing,
  refused: submissionProblem,
  async run({ actor, bound, input }) {
    const { code } = await submitDossier(actor, bound.key, input.idempotencyKey);
    // The draft's pages the browser keeps are stale now: Back must ask the server, which leads to the dossier.
    refresh();
    return localePath(bound.locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`);
  },
});

/** Opens a new draft of a procedure and goes to its first page. */
export const startDraftAction = serverAction({
  name: "draft.start",
  bound: boundKey,
  back: ({ key, locale }) => ({ path: localePath(locale, `/thu-tuc/${encodeURIComponent(key)}/nop-ho-so`) }),
  async run({ actor, bound }) {
    const { draftId } = await startDraft(actor, bound.key);
    const draft = await getDraftForOwner(actor, draftId);
    return draftPath({ key: draftId, locale: bound.locale }, draft.definition.pages[0]!.id);
  },
});

/** Asks the signing service to send the signer a one-time code for the draft's current content. */
export const requestSignatureAction = serverAction({
  name: "draft.signature.request",
  bound: boundKey,
  back: (bound) => ({ path: draftPath(bound, "ky-so") }),
  refused: (error, bound) =>
    error instanceof ValidationError ? `${draftPath(bound, "kiem-tra")}?problem=invalid` : undefined,
  async run({ actor, bound }) {
    try {
      await requestDraftSignature(actor, bound.key);
    } catch (error) {
      if (error instanceof SigningUnavailableError) return `${draftPath(bound, "ky-so")}?problem=unavailable`;
      throw error;
    }
    return draftPath(bound, "ky-so");
  },
});

/** Confirms the signature with the code, then submits the signed dossier (one dossier however often it is sent). */
export const confirmSignatureAction = serverAction({
  name: "draft.signature.confirm",
  bound: boundKey,
  input: z.object({ otp: textField(10), idempotencyKey: textField(100) }),
  back: (bound) => ({ path: draftPath(bound, "ky-so") }),
  echo: keepNothing,
  refused: submissionProblem,
  async run({ actor, bound, input }) {
    const here = draftPath(bound, "ky-so");
    try {
      await confirmDraftSignature(actor, bound.key, input.otp);
    } catch (error) {
      if (error instanceof SigningRefusedError)
        return `${here}?problem=${error.reason === "expired" ? "expired" : "otp"}`;
      if (error instanceof RateLimitedError)
        return `${here}?problem=limited&retry=${minutesToWait(error.retryAfterSeconds)}`;
      if (error instanceof SigningUnavailableError) return `${here}?problem=unavailable`;
      if (error instanceof ConflictError) return `${here}?problem=expired`;
      // Already submitted by an earlier click: the submission below finds that dossier by its key.
      if (!(error instanceof NotFoundError)) throw error;
    }
    const { code } = await submitDossier(actor, bound.key, input.idempotencyKey);
    // The draft's pages the browser keeps are stale now: Back must ask the server, which leads to the dossier.
    refresh();
    return localePath(bound.locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`);
  },
});
