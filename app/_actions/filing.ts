"use server";

import { redirect } from "next/navigation";
import { saveDraftPage, startDraft, submitDossier } from "@/lib/dossiers/mutations";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { ConflictError, DomainError, minutesToWait, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { confirmDraftSignature, requestDraftSignature } from "@/lib/dossiers/signing";
import { SigningRefusedError, SigningUnavailableError } from "@/lib/signing/client";
import { compileForm, conditionHolds, type FormValues } from "@/lib/forms/compile";
import type { FormPage } from "@/lib/forms/definition";
import { formErrorMessage } from "@/lib/forms/messages";
import { readPageValues } from "@/lib/forms/form-data";
import { getActor } from "@/lib/identity/session";
import { setFlash } from "@/components/form/flash";
import { uploadDocument } from "@/lib/documents/mutations";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { domainAction } from "@/lib/errors/actions";

/**
 * Saves a page and always redirects (post/redirect/get), so the journey behaves the
 * same with and without JavaScript: to the next page when this one is complete, or
 * back to it, where the saved answers and their errors are shown again.
 */
export const savePageAction = domainAction(async function savePageAction(draftId: string, pageId: string, locale: Locale, formData: FormData): Promise<void> {
  const actor = await getActor();
  const before = await getDraftForOwner(actor, draftId);
  const page = before.definition.pages.find((p) => p.id === pageId);
  const here = localePath(locale, `/ho-so-nhap/${draftId}/${pageId}`);
  if (!page) redirect(localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`));
  const values = readPageValues(page, formData);
  const uploaded: string[] = [];
  // A newly chosen file is uploaded to the data store first; the answer is its document id.
  for (const field of page.fields) {
    if (field.type !== "attachment") continue;
    const file = formData.get(`${field.id}.file`);
    if (!(file instanceof File) || file.size === 0) continue;
    try {
      values[field.id] = await uploadDocument(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, field.id);
      uploaded.push(field.id);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const nonce = await setFlash({ fieldErrors: error.fieldErrors });
      redirect(`${here}?f=${nonce}`);
    }
  }
  // Files the page's script uploaded before posting (to show progress) are named here.
  for (const field of page.fields) {
    if (field.type === "attachment" && values[field.id] && formData.get(`${field.id}.uploaded`) === values[field.id]) uploaded.push(field.id);
  }
  const result = await saveDraftPage(actor, draftId, pageId, values, uploaded);
  const intent = String(formData.get("intent") ?? "");
  if (intent.startsWith("add:") || intent.startsWith("remove:")) redirect(here);
  // What the registries said is shown with the errors, if any: both explain what to type.
  const notice = result.registryLimited ? "registry-limited" : result.registryNotConfirmed ? "registry-not-confirmed" : result.registryUnavailable ? "registry-unavailable" : result.filledFromRegistry ? "filled" : null;
  // Questions an answer revealed (a page sent without JavaScript, which shows them only now)
  // are shown to be answered, not judged: the page comes back with errors for the rest only.
  const revealed = newlyShownFields(page, result.values, formData.get("shown-fields"));
  if (revealed.length > 0) {
    const seen = Object.entries(result.errors).filter(([key]) => !revealed.includes(key.split(".")[0]!));
    const nonce = seen.length > 0 ? await setFlash({ fieldErrors: Object.fromEntries(seen.map(([key, error]) => [key, formErrorMessage(error)])) }) : null;
    redirect(`${here}?${new URLSearchParams({ ...(nonce ? { f: nonce } : {}), ...(notice ? { notice } : {}) })}#${revealed[0]}`);
  }
  const hasErrors = Object.keys(result.errors).length > 0;
  if (hasErrors || notice) redirect(`${here}?${new URLSearchParams({ ...(hasErrors ? { errors: "1" } : {}), ...(notice ? { notice } : {}) })}`);
  const pages = compileForm(before.definition).visiblePages(result.values);
  const next = pages[pages.findIndex((p) => p.id === pageId) + 1];
  redirect(localePath(locale, `/ho-so-nhap/${draftId}/${next ? next.id : "kiem-tra"}`));
});

/**
 * Fields of the page that its answers now show but that the page as sent did not (it names
 * what it showed in `shown-fields`); none when it did not say.
 */
function newlyShownFields(page: FormPage, values: FormValues, shownField: FormDataEntryValue | null): string[] {
  if (typeof shownField !== "string") return [];
  const shown = new Set(shownField.split(" "));
  return page.fields.filter((f) => conditionHolds(f.showIf, values) && !shown.has(f.id)).map((f) => f.id);
}

/** Submits the draft; a repeated click returns the same dossier. Problems send the applicant back to the check page. */
export const submitDraftAction = domainAction(async function submitDraftAction(draftId: string, locale: Locale, formData: FormData): Promise<void> {
  let code: string;
  try {
    ({ code } = await submitDossier(await getActor(), draftId, String(formData.get("idempotencyKey") ?? "")));
  } catch (error) {
    if (error instanceof RateLimitedError) redirect(`${localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`)}?problem=rate-limited&retry=${error.retryAfterSeconds}`);
    if (error instanceof ValidationError) {
      const locked = Object.values(error.fieldErrors).some((e) => e.en === "locked-changed");
      const problem = locked ? "locked" : "signature" in error.fieldErrors ? "signature" : "invalid";
      redirect(`${localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`)}?problem=${problem}`);
    }
    if (error instanceof DomainError) redirect(`${localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`)}?problem=${error.code}`);
    throw error;
  }
  redirect(localePath(locale, `/ho-so/${encodeURIComponent(code)}/xac-nhan`));
});

/** Opens a new draft of a procedure and goes to its first page. */
export const startDraftAction = domainAction(async function startDraftAction(slug: string, locale: Locale): Promise<void> {
  const actor = await getActor();
  const { draftId } = await startDraft(actor, slug);
  const draft = await getDraftForOwner(actor, draftId);
  redirect(localePath(locale, `/ho-so-nhap/${draftId}/${draft.definition.pages[0]!.id}`));
});

/** Asks the signing service to send the signer a one-time code for the draft's current content. */
export const requestSignatureAction = domainAction(async function requestSignatureAction(draftId: string, locale: Locale): Promise<void> {
  const here = localePath(locale, `/ho-so-nhap/${draftId}/ky-so`);
  try {
    await requestDraftSignature(await getActor(), draftId);
  } catch (error) {
    if (error instanceof SigningUnavailableError) redirect(`${here}?problem=unavailable`);
    if (error instanceof ValidationError) redirect(`${localePath(locale, `/ho-so-nhap/${draftId}/kiem-tra`)}?problem=invalid`);
    throw error;
  }
  redirect(here);
});

/** Confirms the signature with the code, then submits the signed dossier (one dossier however often it is sent). */
export const confirmSignatureAction = domainAction(async function confirmSignatureAction(draftId: string, locale: Locale, formData: FormData): Promise<void> {
  const here = localePath(locale, `/ho-so-nhap/${draftId}/ky-so`);
  const actor = await getActor();
  try {
    await confirmDraftSignature(actor, draftId, String(formData.get("otp") ?? "").slice(0, 10));
  } catch (error) {
    if (error instanceof SigningRefusedError) redirect(`${here}?problem=${error.reason === "expired" ? "expired" : "otp"}`);
    if (error instanceof RateLimitedError) redirect(`${here}?problem=limited&retry=${minutesToWait(error.retryAfterSeconds)}`);
    if (error instanceof SigningUnavailableError) redirect(`${here}?problem=unavailable`);
    if (error instanceof ConflictError) redirect(`${here}?problem=expired`);
    // Already submitted by an earlier click: the submission below finds that dossier by its key.
    if (!(error instanceof NotFoundError)) throw error;
  }
  await submitDraftAction(draftId, locale, formData);
});
