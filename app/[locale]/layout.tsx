import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { connection } from "next/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** The skip link: out of sight until focused, then at the top left above everything. */
const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = getMessages(isLocale(locale) ? locale : "vi").site;
  return {
    title: { default: `${t.name} – ${t.tagline}`, template: `%s – ${t.name}` },
    description: t.tagline,
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

const FIRST_SCREEN_FONTS = ["vietnamese-400", "latin-400", "vietnamese-700", "latin-700"];

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a61b1b" };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  // Every page is rendered for its request, so that its scripts carry that response's
  // nonce (proxy.ts); public data is cached below the page instead (docs/architecture.md, Caching).
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale).site;
  // The faces the first screen draws, fetched with the page: app/globals.css shows a face
  // only if it is there in time.
  for (const face of FIRST_SCREEN_FONTS)
    preload(`/fonts/be-vietnam-pro-${face}-normal.woff2`, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-base leading-relaxed">
        <a href="#main" className={SKIP_LINK}>
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
