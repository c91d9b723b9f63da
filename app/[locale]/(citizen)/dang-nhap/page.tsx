import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { isSignedIn } from "@/lib/identity/actor";
import { safeNextPath } from "@/lib/identity/navigation";
import { getActor } from "@/lib/identity/session";
import { recordFailedSignIn } from "@/lib/identity/sign-in";
import { identityProviderAnswers, signInProblem } from "@/lib/identity/sign-in-errors";
import { env } from "@/lib/env";
import { minutesToRetry } from "@/lib/security/limits";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { signInAction } from "./actions";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/dang-nhap">): Promise<Metadata> {
  const { locale } = await params;
  return { title: getMessages(isLocale(locale) ? locale : "vi").auth.signInTitle };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/dang-nhap">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const next = safeNextPath(query.next ?? query.callbackUrl, localePath(locale, "/tai-khoan"));
  if (isSignedIn(await getActor())) redirect(next);
  const error = typeof query.error === "string" ? query.error : null;
  if (error) await recordFailedSignIn(error);
  const t = getMessages(locale).auth;
  const problem = error
    ? signInProblem(error, error === "Configuration" && (await identityProviderAnswers(env().VNEID_ISSUER)))
    : null;
  const explanation = {
    unavailable: t.identityProviderUnavailable,
    limited: t.signInLimited.replace("{minutes}", String(minutesToRetry(query.retry))),
    failed: t.signInFailed,
    incomplete: t.signInIncomplete,
  };
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t.signInTitle}</h1>
      {problem && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-3">
          {explanation[problem]}
        </div>
      )}
      {!error && query.next && <p className="border-l-4 border-amber-700 bg-amber-50 p-3">{t.signInRequired}</p>}
      <p className="text-lg">{t.signInIntro}</p>
      <form action={signInAction}>
        <input type="hidden" name="next" value={next} />
        <button type="submit" className={PRIMARY_BUTTON}>
          {t.signInButton}
        </button>
      </form>
    </div>
  );
}
