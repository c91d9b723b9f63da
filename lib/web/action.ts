// One pipeline for every server action. Server actions are public endpoints: whatever a
// page binds (a locale, a dossier code) and whatever a form posts arrives from the
// network, so each action names its inputs as zod schemas and the pipeline parses them,
// reads the actor once, runs the domain call, and turns what the domain refuses into the
// page a person expects (post/redirect/get):
// - a refused answer (ValidationError, a field schema) comes back beside its field, with
//   what was typed, in a short-lived flash (lib/web/flash.ts);
// - someone acting first (ConflictError) is said at the top of the page;
// - a row the actor may not see (NotFoundError) is the 404 page, a refusal (ForbiddenError)
//   the no-access page;
// - anything else is logged once with a correlation id (its name and where, never its
//   message, which may carry what a person typed) and the person sees a generic message
//   with that id, their input kept.
import "server-only";
import { randomUUID } from "node:crypto";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/errors/action-state";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { ANONYMOUS, type Actor } from "@/lib/identity/actor";
import { getActor } from "@/lib/identity/session";
import { setFlash } from "./flash";

/** The bound locale: anything else is treated as Vietnamese (never a path elsewhere). */
export const localeArg = z.enum(["vi", "en"]).catch("vi");

/** A version number a form carried back; a form without one names none, and is refused as stale. */
export const versionField = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .catch(-1);

/** A text field, cut to its longest sensible length (a longer one is never stored). */
export const textField = (max: number) =>
  z
    .string()
    .catch("")
    .transform((text) => text.slice(0, max));

/** Where the person goes back to, and which form of the page the flash belongs to. */
export type Back = { path: string; form?: string; anchor?: string };

type Context<B, I> = { actor: Actor; bound: B; input: I; formData: FormData };

type Common<B, I> = {
  /** For logs: what the action does ("dossier.receive"). */
  name: string;
  /** The bound arguments, in the order the page binds them (the form data comes last). */
  bound: z.ZodType<B, unknown[]>;
  /** The posted fields; what fails it is refused like a ValidationError. */
  input?: z.ZodType<I>;
};

export type ActionSpec<B, I> = Common<B, I> & {
  /** The page the form is on (as it was opened: the form may name how). */
  back: (bound: B, formData: FormData) => Back;
  /** What is typed back into the form when the answer is refused (by default every text field posted). */
  echo?: (formData: FormData, input: I | undefined) => Record<string, string>;
  /**
   * "form" when what the form names is typed (an ID number, an enterprise code): a *not found*
   * or a refusal is then said in the form, beside what was typed, instead of the 404 or
   * no-access page.
   */
  refusals?: "page" | "form";
  /** A refusal this action says its own way (a page of its own, a code the page reads); undefined for the usual. */
  refused?: (error: DomainError, bound: B, formData: FormData) => string | undefined | Promise<string | undefined>;
  /** The domain call; returns where to go when it is done. */
  run: (context: Context<B, I>) => Promise<string>;
};

export type StateActionSpec<B, I, S> = Common<B, I> & {
  /** The state a refusal returns to the form (which keeps what was typed). */
  refused: (error: ValidationError, bound: B) => S;
  /** The domain call; returns the state, or redirects when it is done. */
  run: (context: Context<B, I>) => Promise<S>;
};

/** The posted text fields, each cut to 4,000 characters; files and Next's own fields are left out. */
export function postedText(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] ??= value.slice(0, 4000);
  }
  return values;
}

/** The posted fields as an object for a schema: a field sent several times becomes a list. */
function postedFields(formData: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    fields[key] = all.length > 1 ? all : all[0];
  }
  return fields;
}

/** A schema's problems as messages per field, in both languages. */
export function schemaErrors(error: z.ZodError): Record<string, { vi: string; en: string }> {
  const said = (key: string) => {
    const k = key as keyof ReturnType<typeof getMessages>["auth"]["errors"];
    const vi = getMessages("vi").auth.errors[k];
    const en = getMessages("en").auth.errors[k];
    return vi && en
      ? { vi, en }
      : { vi: getMessages("vi").error.invalidField, en: getMessages("en").error.invalidField };
  };
  const fieldErrors: Record<string, { vi: string; en: string }> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= said(issue.message);
  return fieldErrors;
}

/** A page address with a flash for it (and the anchor of the form the flash belongs to). */
export async function withFlash(back: Back, state: ActionState): Promise<string> {
  const nonce = await setFlash({ ...state, form: back.form });
  return `${back.path}${back.path.includes("?") ? "&" : "?"}f=${nonce}${back.anchor ? `#${back.anchor}` : ""}`;
}

/** Splits `(…bound, formData)`, parses both and reads the actor; a bound argument that fails is *not found*. */
async function prepare<B, I>(spec: Common<B, I>, args: unknown[]): Promise<Context<B, I>> {
  const last = args.at(-1);
  const formData = last instanceof FormData ? last : new FormData();
  const parsedBound = spec.bound.safeParse(last instanceof FormData ? args.slice(0, -1) : args);
  if (!parsedBound.success) notFound();
  const context = { actor: ANONYMOUS, bound: parsedBound.data, input: undefined as I, formData };
  if (spec.input) {
    const parsed = spec.input.safeParse(postedFields(formData));
    if (!parsed.success) return Object.assign(context, { problem: new ValidationError(schemaErrors(parsed.error)) });
    context.input = parsed.data;
  }
  return { ...context, actor: await getActor() };
}

/** Logs an unexpected failure once, by name and place only, and returns its reference. */
function logUnexpected(name: string, error: unknown): string {
  const reference = randomUUID().slice(0, 8);
  const where =
    error instanceof Error
      ? (error.stack ?? "")
          .split("\n")
          .slice(1, 4)
          .map((line) => line.trim())
          .join(" | ")
      : "";
  console.error(`[action ${name}] ${reference} ${error instanceof Error ? error.name : typeof error} ${where}`);
  return reference;
}

/** The server action for a spec: `(…bound, formData)`, as a page binds it. It always redirects. */
export function serverAction<B, I = undefined>(spec: ActionSpec<B, I>) {
  return async function action(...args: unknown[]): Promise<void> {
    const context = await prepare(spec, args);
    let target: string;
    try {
      if ("problem" in context) throw context.problem;
      target = await spec.run(context);
    } catch (error) {
      unstable_rethrow(error);
      target = await refusal(spec, error, context);
    }
    redirect(target);
  };
}

/** The server action of a form that keeps its own state (`useActionState`): `(…bound, previous, formData)`. */
export function stateAction<B, I, S>(spec: StateActionSpec<B, I, S>) {
  return async function action(...args: unknown[]): Promise<S> {
    const formData = args.at(-1);
    const context = await prepare(spec, [...args.slice(0, -2), formData]);
    try {
      if ("problem" in context) throw context.problem;
      return await spec.run(context);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ValidationError) return spec.refused(error, context.bound);
      if (error instanceof NotFoundError) notFound();
      if (error instanceof ForbiddenError) redirect(localePath(localeOf(context.bound), "/khong-co-quyen"));
      throw new Error(`reference ${logUnexpected(spec.name, error)}`);
    }
  };
}

/** Where a refused or failed action leads, with what the person should read there. */
async function refusal<B, I>(
  spec: ActionSpec<B, I>,
  error: unknown,
  { bound, formData, input }: Context<B, I>,
): Promise<string> {
  const back = spec.back(bound, formData);
  const locale = localeOf(bound);
  const values = () => (spec.echo ? spec.echo(formData, input) : postedText(formData));
  if (error instanceof DomainError) {
    const own = spec.refused ? await spec.refused(error, bound, formData) : undefined;
    if (own !== undefined) return own;
  }
  if (spec.refusals === "form" && (error instanceof NotFoundError || error instanceof ForbiddenError)) {
    const said =
      error instanceof NotFoundError
        ? (l: Locale) => getMessages(l).auth.errors.notFound
        : (l: Locale) => (l === "vi" ? error.messageVi : error.messageEn);
    return withFlash(back, { message: { vi: said("vi"), en: said("en") }, values: values() });
  }
  if (error instanceof NotFoundError) notFound();
  if (error instanceof ForbiddenError) return localePath(locale, "/khong-co-quyen");
  if (error instanceof ValidationError) return withFlash(back, { fieldErrors: error.fieldErrors, values: values() });
  // Someone acted first: said at the top of the page; the form shows the dossier as it is now.
  if (error instanceof ConflictError)
    return withFlash({ path: back.path }, { message: { vi: error.messageVi, en: error.messageEn } });
  if (error instanceof DomainError)
    return withFlash(back, { message: { vi: error.messageVi, en: error.messageEn }, values: values() });
  const reference = logUnexpected(spec.name, error);
  const failed = (l: Locale) => getMessages(l).error.actionFailed.replace("{reference}", reference);
  return withFlash(back, { message: { vi: failed("vi"), en: failed("en") }, values: values() });
}

/** The locale among the bound arguments (actions bind it as `locale`). */
function localeOf(bound: unknown): Locale {
  if (bound && typeof bound === "object" && "locale" in bound && (bound.locale === "en" || bound.locale === "vi"))
    return bound.locale;
  return "vi";
}

/** A dossier code, a draft's or a row's id as a page binds it: short, or it is *not found*. */
export const keyArg = z.string().min(1).max(100);

/** Bound `(locale)`. */
export const boundLocale = z.tuple([localeArg]).transform(([locale]) => ({ locale }));

/** Bound `(key, locale)`: a dossier code, a row's id or a slug, then the locale. */
export const boundKey = z.tuple([keyArg, localeArg]).transform(([key, locale]) => ({ key, locale }));
