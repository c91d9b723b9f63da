import { notFound, redirect } from "next/navigation";
import { isLocale, localePath } from "@/lib/i18n/locales";

/**
 * A dossier's address without its last part (`/ho-so/<code>`, as people shorten links): its
 * page is `/ho-so/<code>/xac-nhan`, which says *not found* to anyone who may not see it.
 */
export default async function DossierAddress({ params }: PageProps<"/[locale]/ho-so/[code]">) {
  const { locale, code } = await params;
  if (!isLocale(locale) || code.length > 120) notFound();
  let decoded: string;
  try {
    decoded = decodeURIComponent(code);
  } catch {
    notFound();
  }
  redirect(localePath(locale, `/ho-so/${encodeURIComponent(decoded)}/xac-nhan`));
}
