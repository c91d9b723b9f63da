"use client";

import { usePathname } from "next/navigation";
import { errorMessages } from "@/lib/i18n/messages/error";
import { siteMessages } from "@/lib/i18n/messages/site";
import { pageTitle } from "@/lib/i18n/titles";

/** Unexpected failures: a plain message and the reference that finds the server log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = (usePathname() ?? "").startsWith("/en") ? "en" : "vi";
  const t = errorMessages[locale];
  return (
    <div role="alert" className="space-y-4">
      <title>{`${pageTitle(locale, [t.title], { error: true })} – ${siteMessages[locale].name}`}</title>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-lg">{t.body}</p>
      {error.digest && (
        <p>
          {t.reference}: <code>{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
