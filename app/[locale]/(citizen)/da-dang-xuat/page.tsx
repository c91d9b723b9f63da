import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { titled } from "@/lib/i18n/titles";

export const generateMetadata = titled(
  { vi: "Bạn đã đăng xuất", en: "You are signed out" },
  { robots: { index: false } },
);

export default async function SignedOutPage({ params }: PageProps<"/[locale]/da-dang-xuat">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale).auth;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t.signedOutTitle}</h1>
      <p className="text-lg">{t.signedOutBody}</p>
      <p>
        <Link href={localePath(locale, "/dang-nhap")}>{t.signInAgain}</Link>
      </p>
    </div>
  );
}
