"use client";

import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { LOCALES, localeSettings } from "@/i18n/locales";
import { Link, usePathname } from "@/i18n/navigation";

/**
 * The same page in each of Marquee's languages. The choice is remembered for the home page (`/`), which otherwise
 * follows the browser's languages; every other address says its language in its path. (next-intl's link sets the
 * cookie, i18n/routing.ts, as it switches.)
 */
function LanguageLinks({ pathname }: { pathname: string }) {
  const t = useTranslations("LanguageSwitcher");
  const current = useLocale();
  return (
    <nav aria-label={t("label")} className="mt-3">
      <ul className="flex flex-wrap justify-center gap-x-4">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "page" : undefined}
              className={locale === current ? "font-semibold no-underline" : undefined}
            >
              {localeSettings(locale).name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageLinksHere() {
  return <LanguageLinks pathname={usePathname()} />;
}

/**
 * A page whose address is known only at request time (one not prerendered) has its path streamed in; until then
 * the links lead to each language's home page.
 */
export function LanguageSwitcher() {
  return (
    <Suspense fallback={<LanguageLinks pathname="/" />}>
      <LanguageLinksHere />
    </Suspense>
  );
}
