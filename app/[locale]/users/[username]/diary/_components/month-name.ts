// A diary month as the page's language names it ("March 2026", "březen 2026", "2026년 3월"), from Intl.
import type { Locale } from "@/i18n/locales";
import type { DiaryMonth } from "@/lib/diary-paths";

export function monthNamerFor(locale: Locale) {
  const names = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  return ({ year, month }: DiaryMonth) => names.format(new Date(Date.UTC(year, month - 1, 1)));
}
