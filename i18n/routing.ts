import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./locales";

// Locale routing is done by next.config.ts (rewrites) and proxy.ts (the home page's choice), not next-intl's
// middleware: a proxy run for every path costs a third of a cached page's throughput (proxy.ts).
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365 },
});
