import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/**
 * The language of the home page a visitor is sent to: the one they chose before (the cookie the language switcher
 * sets), else the first of their browser's languages Marquee speaks, else English. Only `/` asks; every other
 * address is in the language its path says, so that each page is one cached page per language.
 */
export function homeLocaleFor(chosen: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(chosen)) return chosen;
  const [preferred] = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages([...LOCALES]);
  return isLocale(preferred) && acceptLanguage ? preferred : DEFAULT_LOCALE;
}
