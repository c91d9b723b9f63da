import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, localePath, pick } from "@/lib/i18n/locales";

const TEXT = {
  title: { vi: "Bạn không có quyền thực hiện thao tác này", en: "You may not do this" },
  body: {
    vi: "Thao tác bạn vừa gửi không được thực hiện và không có gì thay đổi. Có thể quyền của bạn vừa thay đổi (ví dụ ủy quyền đã bị thu hồi), hoặc hồ sơ đang do người khác xử lý.",
    en: "What you just sent was not done and nothing changed. Your rights may have just changed (a mandate revoked, for instance), or someone else is handling the dossier.",
  },
  home: { vi: "Về trang chủ", en: "Go to the home page" },
  account: { vi: "Về trang tài khoản", en: "Go to your account" },
};

export async function generateMetadata({ params }: PageProps<"/[locale]/khong-co-quyen">): Promise<Metadata> {
  const { locale } = await params;
  return { title: pick(isLocale(locale) ? locale : "vi", TEXT.title), robots: { index: false } };
}

/** Where a server action refused by the domain (ForbiddenError) leads, instead of an error page. */
export default async function NoAccessPage({ params }: PageProps<"/[locale]/khong-co-quyen">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{pick(locale, TEXT.title)}</h1>
      <p className="text-lg">{pick(locale, TEXT.body)}</p>
      <ul className="flex flex-wrap gap-4">
        <li><Link className="font-semibold text-blue-800 underline" href={localePath(locale, "/tai-khoan")}>{pick(locale, TEXT.account)}</Link></li>
        <li><Link className="font-semibold text-blue-800 underline" href={localePath(locale, "/")}>{pick(locale, TEXT.home)}</Link></li>
      </ul>
    </div>
  );
}
