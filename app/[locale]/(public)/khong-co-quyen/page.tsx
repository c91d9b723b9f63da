import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { errorMessages } from "@/lib/i18n/messages/error";

export async function generateMetadata({ params }: PageProps<"/[locale]/khong-co-quyen">): Promise<Metadata> {
  const { locale } = await params;
  return { title: errorMessages[isLocale(locale) ? locale : "vi"].noAccess.title, robots: { index: false } };
}

/** Where a server action refused by the domain (ForbiddenError) leads, instead of an error page. */
export default async function NoAccessPage({ params }: PageProps<"/[locale]/khong-co-quyen">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = errorMessages[locale].noAccess;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-lg">{t.body}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link className="font-semibold text-blue-800 underline" href={localePath(locale, "/tai-khoan")}>
            {t.account}
          </Link>
        </li>
        <li>
          <Link className="font-semibold text-blue-800 underline" href={localePath(locale, "/")}>
            {t.home}
          </Link>
        </li>
      </ul>
    </div>
  );
}
