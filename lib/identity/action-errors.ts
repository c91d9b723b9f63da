// Turns what a domain call threw into the state a form shows; unexpected errors rethrow.
import { z } from "zod";
import type { ActionState } from "@/lib/errors/action-state";
import { DomainError, ValidationError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";

type ErrorKey = keyof ReturnType<typeof getMessages>["auth"]["errors"];

function message(key: string): { vi: string; en: string } {
  const k = key as ErrorKey;
  return { vi: getMessages("vi").auth.errors[k] ?? key, en: getMessages("en").auth.errors[k] ?? key };
}

export function zodErrorState(error: z.ZodError, values: Record<string, string>): ActionState {
  const fieldErrors: ActionState["fieldErrors"] = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= message(issue.message);
  return { fieldErrors, values };
}

export function domainErrorState(error: unknown, values: Record<string, string>): ActionState {
  if (error instanceof ValidationError) return { fieldErrors: error.fieldErrors, values };
  if (error instanceof DomainError) return { message: error.code === "not_found" ? message("notFound") : { vi: error.messageVi, en: error.messageEn }, values };
  throw error;
}
