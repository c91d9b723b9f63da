"use server";

import { z } from "zod";
import { localePath } from "@/lib/i18n/locales";
import { requestConsultation } from "@/lib/processing/consultations";
import { issueApology } from "@/lib/processing/apology";
import { stopProcessing } from "@/lib/processing/closing";
import { requestPayment } from "@/lib/processing/payment-request";
import { receiveDossier, refuseDossier } from "@/lib/processing/reception";
import { requestSupplement } from "@/lib/processing/supplements";
import {
  assignStep,
  cancelDecision,
  claimStep,
  decide,
  handOver,
  replaceResult,
  returnResult,
  signDecision,
} from "@/lib/processing/workflow";
import { textsFromForm } from "@/lib/results/issue";
import { boundKey, serverAction, textField, versionField, type ActionSpec } from "@/lib/web/action";

// The staff dossier page's forms. Each carries the version of the dossier the person saw:
// when someone acted first, the page says so at the top and shows the dossier as it is now.

type Bound = { key: string; locale: "vi" | "en" };

const page = ({ key, locale }: Bound) => localePath(locale, `/clerk/ho-so/${encodeURIComponent(key)}`);

/** A form of the dossier page: back to it (its flash for `form`, scrolled to `anchor`), or on with `?done=`. */
function dossierForm<I>(
  name: string,
  form: string,
  anchor: string,
  input: z.ZodType<I>,
  run: (
    actor: Parameters<ActionSpec<Bound, I>["run"]>[0]["actor"],
    code: string,
    input: I,
    formData: FormData,
  ) => Promise<unknown>,
  done: string,
  echo?: ActionSpec<Bound, I>["echo"],
) {
  return serverAction<Bound, I>({
    name,
    bound: boundKey,
    input,
    back: (bound) => ({ path: page(bound), form, anchor }),
    echo,
    async run({ actor, bound, input, formData }) {
      await run(actor, bound.key, input, formData);
      return `${page(bound)}?done=${done}`;
    },
  });
}

const versioned = <T extends z.ZodRawShape>(shape: T) => z.object({ version: versionField, ...shape });

/** Receives the dossier the clerk saw. */
export const receiveAction = dossierForm(
  "dossier.receive",
  "reception",
  "reasons",
  versioned({}),
  (actor, code, { version }) => receiveDossier(actor, code, version),
  "received",
);

/** Refuses with reasons; what was typed comes back with the message when it is not enough. */
export const refuseAction = dossierForm(
  "dossier.refuse",
  "reception",
  "reasons",
  versioned({ reasons: textField(4000) }),
  (actor, code, { version, reasons }) => refuseDossier(actor, code, version, reasons),
  "refused",
);

/** Sends one supplement request with every item chosen and its reason. */
export const requestSupplementAction = dossierForm(
  "dossier.supplement.request",
  "supplement",
  "supplement-title",
  versioned({ note: textField(1000), officerPhone: textField(20) }),
  (actor, code, { version, note, officerPhone }, formData) => {
    const chosen = chosenItems(formData);
    const items = chosen.map((value) => {
      const [kind, ...rest] = value.split(":");
      return { kind, key: rest.join(":"), reason: String(formData.get(`reason.${value}`) ?? "") };
    });
    const reasonedButNotChosen = [...formData.entries()]
      .filter(([key, reason]) => key.startsWith("reason.") && typeof reason === "string" && reason.trim())
      .map(([key]) => key.slice("reason.".length))
      .filter((item) => !chosen.includes(item))
      .slice(0, 60);
    return requestSupplement(actor, code, version, { items, note, officerPhone, reasonedButNotChosen });
  },
  "supplement",
  (formData) => {
    const values: Record<string, string> = {
      note: String(formData.get("note") ?? "").slice(0, 1000),
      officerPhone: String(formData.get("officerPhone") ?? "").slice(0, 20),
    };
    for (const value of chosenItems(formData)) values[`item:${value}`] = "on";
    for (const [key, reason] of formData.entries())
      if (key.startsWith("reason.") && typeof reason === "string") values[key] = reason.slice(0, 500);
    return values;
  },
);

/** The items ticked in a supplement request (a request names at most sixty). */
const chosenItems = (formData: FormData) => formData.getAll("item").map(String).slice(0, 60);

const workflowForm = <I>(name: string, input: z.ZodType<I>, run: Parameters<typeof dossierForm<I>>[4], done: string) =>
  dossierForm(name, "workflow", "workflow-title", input, run, done);

export const claimAction = workflowForm(
  "dossier.step.claim",
  versioned({}),
  (actor, code, { version }) => claimStep(actor, code, version),
  "claimed",
);

export const handOverAction = workflowForm(
  "dossier.step.hand-over",
  versioned({
    to: textField(100),
    findings: textField(8000),
    proposal: textField(20),
    proposalReasons: textField(4000),
    siteInspection: textField(4000),
  }),
  (actor, code, { version, to, ...appraisal }, formData) =>
    handOver(actor, code, version, to, { ...appraisal, result: textsFromForm(formData) }),
  "handed-over",
);

export const assignAction = workflowForm(
  "dossier.step.assign",
  versioned({ assignTo: textField(100) }),
  (actor, code, { version, assignTo }) => assignStep(actor, code, version, assignTo),
  "assigned",
);

export const decideAction = workflowForm(
  "dossier.decide",
  versioned({ outcome: textField(10), decisionReasons: textField(4000) }),
  (actor, code, { version, outcome, decisionReasons }, formData) =>
    decide(
      actor,
      code,
      version,
      outcome === "deny" ? { outcome, reasons: decisionReasons } : { outcome, result: textsFromForm(formData) },
    ),
  "signing",
);

/** A leader corrects an issued result: a new one, signed like a decision, replaces it. */
export const replaceResultAction = workflowForm(
  "dossier.result.replace",
  versioned({ resultCode: textField(70), replaceReason: textField(4000), atHoldersRequest: textField(5) }),
  (actor, code, { version, resultCode, replaceReason, atHoldersRequest }, formData) =>
    replaceResult(actor, code, version, resultCode, {
      reason: replaceReason,
      atHoldersRequest: atHoldersRequest === "yes",
      result: textsFromForm(formData),
    }),
  "signing",
);

/** The leader's one-time code: the decision is signed, sealed and issued. */
export const signDecisionAction = workflowForm(
  "dossier.decide.sign",
  z.object({ otp: textField(10) }),
  (actor, code, { otp }) => signDecision(actor, code, otp),
  "decided",
);

/** The leader drops the decision waiting for the code (nothing was issued). */
export const cancelDecisionAction = workflowForm(
  "dossier.decide.cancel",
  z.object({}),
  (actor, code) => cancelDecision(actor, code),
  "decision-cancelled",
);

export const returnResultAction = workflowForm(
  "dossier.result.return",
  versioned({ method: textField(40), address: textField(1000), trackingNumber: textField(100) }),
  (actor, code, { version, ...how }) => returnResult(actor, code, version, how),
  "returned",
);

export const stopAction = workflowForm(
  "dossier.stop",
  versioned({ stopReasons: textField(4000) }),
  (actor, code, { version, stopReasons }) => stopProcessing(actor, code, version, stopReasons),
  "stopped",
);

export const requestPaymentAction = workflowForm(
  "dossier.payment.request",
  versioned({
    label: textField(200),
    amountVnd: textField(40).transform((amount) => amount.replace(/[.\s]/g, "").slice(0, 12)),
  }),
  (actor, code, { version, ...request }) => requestPayment(actor, code, version, request),
  "payment-requested",
);

export const consultAction = dossierForm(
  "dossier.consult",
  "consultation",
  "consult-title",
  z.object({ toAgency: textField(80), question: textField(4000), workingDays: textField(3) }),
  (actor, code, input) => requestConsultation(actor, code, input),
  "consulted",
);

export const apologyAction = workflowForm(
  "dossier.apology",
  versioned({ reason: textField(2000), newDate: textField(10) }),
  (actor, code, { version, ...apology }) => issueApology(actor, code, version, apology),
  "apology",
);
