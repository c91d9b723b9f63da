"use server";

import { redirect } from "next/navigation";
import { setFlash } from "@/components/form/flash";
import { ConflictError, ValidationError } from "@/lib/errors";
import { getActor } from "@/lib/identity/session";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { receiveDossier, refuseDossier } from "@/lib/processing/reception";
import { requestSupplement } from "@/lib/processing/supplements";
import { assignStep, claimStep, decide, handOver, returnResult } from "@/lib/processing/workflow";
import { stopProcessing } from "@/lib/processing/closing";
import { requestPayment } from "@/lib/processing/payment-request";
import { requestConsultation } from "@/lib/processing/consultations";
import { issueApology } from "@/lib/processing/apology";
import { domainAction } from "@/lib/errors/actions";

const here = (locale: Locale, code: string) => localePath(locale, `/clerk/ho-so/${encodeURIComponent(code)}`);

/** Receives the dossier the clerk saw (its version travels with the form). */
export const receiveAction = domainAction(async function receiveAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  try {
    await receiveDossier(await getActor(), code, Number(formData.get("version")));
  } catch (error) {
    if (error instanceof ConflictError) redirect(`${here(locale, code)}?problem=stale`);
    throw error;
  }
  redirect(`${here(locale, code)}?done=received`);
});

/** Refuses with reasons; what was typed comes back with the message when it is not enough. */
export const refuseAction = domainAction(async function refuseAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const reasons = String(formData.get("reasons") ?? "").slice(0, 4000);
  try {
    await refuseDossier(await getActor(), code, Number(formData.get("version")), reasons);
  } catch (error) {
    if (error instanceof ConflictError) redirect(`${here(locale, code)}?problem=stale`);
    if (error instanceof ValidationError) redirect(`${here(locale, code)}?f=${await setFlash({ fieldErrors: error.fieldErrors, values: { reasons }, form: "reception" })}#reasons`);
    throw error;
  }
  redirect(`${here(locale, code)}?done=refused`);
});

/** Sends one supplement request with every item chosen and its reason. */
export const requestSupplementAction = domainAction(async function requestSupplementAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const chosen = formData.getAll("item").map(String).slice(0, 60);
  const items = chosen.map((value) => {
    const [kind, ...rest] = value.split(":");
    return { kind, key: rest.join(":"), reason: String(formData.get(`reason.${value}`) ?? "") };
  });
  const input = { items, note: String(formData.get("note") ?? "").slice(0, 1000), officerPhone: String(formData.get("officerPhone") ?? "").slice(0, 20) };
  try {
    await requestSupplement(await getActor(), code, Number(formData.get("version")), input);
  } catch (error) {
    if (error instanceof ConflictError) redirect(`${here(locale, code)}?problem=stale`);
    if (error instanceof ValidationError) {
      const values: Record<string, string> = { note: input.note, officerPhone: input.officerPhone };
      for (const value of chosen) values[`item:${value}`] = "on";
      for (const [key, reason] of formData.entries()) if (key.startsWith("reason.") && typeof reason === "string") values[key] = reason.slice(0, 500);
      redirect(`${here(locale, code)}?f=${await setFlash({ fieldErrors: error.fieldErrors, values, form: "supplement" })}#supplement-title`);
    }
    throw error;
  }
  redirect(`${here(locale, code)}?done=supplement`);
});

/** Runs one workflow step for the version the person saw; a stale page is told to reload, problems come back as a flash. */
async function step(code: string, locale: Locale, run: () => Promise<unknown>, done: string, values: Record<string, string> = {}): Promise<void> {
  try {
    await run();
  } catch (error) {
    // A conflict says what happened (changed meanwhile, already re-appointed, too late…).
    if (error instanceof ConflictError) redirect(`${here(locale, code)}?problem=conflict&f=${await setFlash({ message: { vi: error.messageVi, en: error.messageEn } })}`);
    if (error instanceof ValidationError) redirect(`${here(locale, code)}?f=${await setFlash({ fieldErrors: error.fieldErrors, values, form: "workflow" })}#workflow-title`);
    throw error;
  }
  redirect(`${here(locale, code)}?done=${done}`);
}

export const claimAction = domainAction(async function claimAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  await step(code, locale, async () => claimStep(await getActor(), code, Number(formData.get("version"))), "claimed");
});

export const handOverAction = domainAction(async function handOverAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const text = (name: string, max: number) => String(formData.get(name) ?? "").slice(0, max);
  const appraisal = { findings: text("findings", 8000), proposal: text("proposal", 20), proposalReasons: text("proposalReasons", 4000), siteInspection: text("siteInspection", 4000) };
  await step(code, locale, async () => handOver(await getActor(), code, Number(formData.get("version")), text("to", 100), appraisal), "handed-over", { ...appraisal, to: text("to", 100) });
});

export const assignAction = domainAction(async function assignAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  await step(code, locale, async () => assignStep(await getActor(), code, Number(formData.get("version")), String(formData.get("assignTo") ?? "")), "assigned");
});

export const decideAction = domainAction(async function decideAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const outcome = String(formData.get("outcome") ?? "");
  const reasons = String(formData.get("decisionReasons") ?? "").slice(0, 4000);
  await step(code, locale, async () => decide(await getActor(), code, Number(formData.get("version")), outcome === "deny" ? { outcome, reasons } : { outcome }), "decided", { decisionReasons: reasons });
});

export const returnResultAction = domainAction(async function returnResultAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const values = { method: String(formData.get("method") ?? ""), address: String(formData.get("address") ?? "").slice(0, 1000), trackingNumber: String(formData.get("trackingNumber") ?? "").slice(0, 100) };
  await step(code, locale, async () => returnResult(await getActor(), code, Number(formData.get("version")), values), "returned", values);
});

export const stopAction = domainAction(async function stopAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const reasons = String(formData.get("stopReasons") ?? "").slice(0, 4000);
  await step(code, locale, async () => stopProcessing(await getActor(), code, Number(formData.get("version")), reasons), "stopped", { stopReasons: reasons });
});

export const requestPaymentAction = domainAction(async function requestPaymentAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const input = { label: String(formData.get("label") ?? "").slice(0, 200), amountVnd: String(formData.get("amountVnd") ?? "").replace(/[.\s]/g, "").slice(0, 12) };
  await step(code, locale, async () => requestPayment(await getActor(), code, Number(formData.get("version")), input), "payment-requested", input);
});

export const consultAction = domainAction(async function consultAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const input = { toAgency: String(formData.get("toAgency") ?? "").slice(0, 80), question: String(formData.get("question") ?? "").slice(0, 4000), workingDays: String(formData.get("workingDays") ?? "").slice(0, 3) };
  try {
    await requestConsultation(await getActor(), code, input);
  } catch (error) {
    if (error instanceof ConflictError) redirect(`${here(locale, code)}?problem=stale`);
    if (error instanceof ValidationError) redirect(`${here(locale, code)}?f=${await setFlash({ fieldErrors: error.fieldErrors, values: input, form: "consultation" })}#consult-title`);
    throw error;
  }
  redirect(`${here(locale, code)}?done=consulted`);
});

export const apologyAction = domainAction(async function apologyAction(code: string, locale: Locale, formData: FormData): Promise<void> {
  const input = { reason: String(formData.get("reason") ?? "").slice(0, 2000), newDate: String(formData.get("newDate") ?? "").slice(0, 10) };
  await step(code, locale, async () => issueApology(await getActor(), code, Number(formData.get("version")), input), "apology", input);
});
