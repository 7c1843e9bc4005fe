import { headers } from "next/headers";
import { DEFAULT_LOCALE, localeOfPath, type Locale } from "@/i18n/locales";

/**
 * The language of the page a form was posted from. An action has no path of its own to say it (next/root-params
 * is not there for actions), and its redirects and messages should be in the visitor's language. An action run
 * outside a request (a test calling it directly) has no page: English.
 */
export async function referringPageLocale(): Promise<Locale> {
  let referer: string | null;
  try {
    referer = (await headers()).get("referer");
  } catch {
    return DEFAULT_LOCALE;
  }
  return referer && URL.canParse(referer) ? localeOfPath(new URL(referer).pathname) : DEFAULT_LOCALE;
}
