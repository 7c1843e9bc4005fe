// next-intl's configuration for server components: the language is the path's root segment, read with
// next/root-params, so it is part of every cached page's key and no page varies by cookie or header.
import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { messagesFor } from "@/messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The page's language; actions and route handlers have no root segment and speak the default one. */
async function pageLocale(): Promise<Locale> {
  try {
    const value: unknown = await rootLocale();
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await pageLocale();
  // Dates are the catalogue's (a release, a viewing), not a moment in the visitor's day: they are shown as stored.
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
