// For server actions: what the domain refuses becomes the page a person expects, not a 500
// (issue 19, low: a complaint about another person's dossier, or a replayed form, ended on
// the error page). *Not found* renders the 404 page; *forbidden* leads to the no-access page
// in the action's language. Server actions are public endpoints: every one goes through here.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { ForbiddenError, NotFoundError } from "./index";

export function domainAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await action(...args);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (error instanceof ForbiddenError) redirect(localePath(args.find((a): a is "vi" | "en" => typeof a === "string" && isLocale(a)) ?? "vi", "/khong-co-quyen"));
      throw error;
    }
  };
}
