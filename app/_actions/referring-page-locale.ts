import { headers } from "next/headers";
import { DEFAULT_LOCALE, localeOfPath, type Locale } from "@/i18n/locales";

/**
 * The language of the page a form was posted from. An action has no path of its own to say it (next/root-params
 * is not there for actions), and its redirects and messages should be in the visitor's language.
 */
export async function referringPageLocale(): Promise<Locale> {
  const referer = (await headers()).get("referer");
  return referer && URL.canParse(referer) ? localeOfPath(new URL(referer).pathname) : DEFAULT_LOCALE;
}
