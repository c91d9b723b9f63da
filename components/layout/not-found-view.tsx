"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localePath } from "@/lib/i18n/locales";
import { notFoundMessages } from "@/lib/i18n/messages/notFound";
import { siteMessages } from "@/lib/i18n/messages/site";
import { pageTitle } from "@/lib/i18n/titles";

/** The 404 page; Next gives not-found pages no params, so the language comes from the URL. */
export function NotFoundView() {
  const locale = (usePathname() ?? "").startsWith("/en") ? "en" : "vi";
  const t = notFoundMessages[locale];
  return (
    <div className="space-y-4">
      {/* React places a rendered <title> in the head: the page's title says what happened. */}
      <title>{`${pageTitle(locale, [t.title], { error: true })} – ${siteMessages[locale].name}`}</title>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-lg">{t.body}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href={localePath(locale, "/")}>{t.home}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/thu-tuc")}>{t.search}</Link>
        </li>
      </ul>
    </div>
  );
}
