import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { CLIENT_NAMESPACES, clientMessages } from "@/messages";
import { Link } from "@/i18n/navigation";
import { siteUrl } from "@/lib/site";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { SearchBox } from "@/app/_components/search-box";
import { UserMenu } from "@/app/_components/user-menu";
import "../globals.css";

// English pages are prerendered at build; a page in another language renders on its first visit and is cached.
export function generateStaticParams() {
  return [{ locale: DEFAULT_LOCALE }];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Site");
  return {
    metadataBase: siteUrl(),
    openGraph: { siteName: "Marquee", type: "website" },
    twitter: { card: "summary" },
    title: { default: t("title"), template: "%s · Marquee" },
    description: t("description"),
    icons: { icon: "/favicon.svg" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations("Layout")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* The messages the browser's components need; the rest stay on the server, out of every page's payload. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages, CLIENT_NAMESPACES)}>
          <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10">
            {t("skipToContent")}
          </a>
          <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
            <nav
              aria-label={t("mainNavigation")}
              className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3"
            >
              <Link
                href="/"
                className="text-xl font-bold tracking-tight text-stone-900 no-underline dark:text-stone-100"
              >
                <span aria-hidden="true" className="text-accent-500">
                  ★{" "}
                </span>
                Marquee
              </Link>
              <Link href="/charts">{t("charts")}</Link>
              <Link href="/discover">{t("discover")}</Link>
              <SearchBox />
              <div className="ml-auto flex flex-wrap items-center justify-end gap-x-4 gap-y-2">
                <UserMenu />
              </div>
            </nav>
          </header>
          <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
            {t("footerAbout")} <Link href="/genres">{t("genres")}</Link> · <Link href="/years">{t("years")}</Link> ·{" "}
            <Link href="/countries">{t("countries")}</Link> · <Link href="/about/ratings">{t("aboutRatings")}</Link> ·{" "}
            <Link href="/about/credits">{t("credits")}</Link> · <a href="/feed.xml">{t("latestReviewsFeed")}</a> ·{" "}
            <Link href="/api">{t("api")}</Link>
            <LanguageSwitcher />
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
