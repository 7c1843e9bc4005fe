// Human formatting for pages: runtimes, dates, counts, in the page's language.
import type { createTranslator } from "next-intl";
import { localeSettings, type Locale } from "@/i18n/locales";
import type { Messages } from "@/messages";

const MINUTE_MS = 60_000;

/** The words formatting needs from the page's messages (the "Format" namespace). */
export type FormatWords = ReturnType<typeof createTranslator<Messages, "Format">>;

/** Dates, counts and durations as a page in one language writes them; built once per language. */
export interface Formatters {
  /** A Date or an ISO date string ("2024-07-03"), always read as UTC so server and client agree. */
  date(value: Date | string): string;
  /**
   * A moment to the minute, for lists where several fall on one day (a review's versions). In UTC, said so: the page
   * is one cached file for readers everywhere.
   */
  dateTime(value: Date): string;
  /** 12345 → "12,345" ("12 345"). */
  number(value: number): string;
  /** 132 → "2 h 12 min" ("2시간 12분"). */
  runtime(minutes: number): string;
  /**
   * How long ago, as a list of recent activity says it: "just now" within five minutes (how often a session's last
   * use is recorded), then minutes or hours, then the date.
   */
  timeAgo(when: Date, now?: Date): string;
}

/** Intl's formatters for one language, made once: each costs far more to make than to use. */
function intlFor(locale: Locale) {
  const tag = localeSettings(locale).intl;
  return {
    longDate: new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    longDateTime: new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "UTC",
    }),
    numbers: new Intl.NumberFormat(tag),
    ago: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
  };
}

const INTL = new Map<Locale, ReturnType<typeof intlFor>>();

/**
 * The formatters of a page in `locale`, given its "Format" messages: `formattersFor(locale, await
 * getTranslations("Format"))` on the server, `useTranslations("Format")` in the browser.
 */
export function formattersFor(locale: Locale, words: FormatWords): Formatters {
  let intl = INTL.get(locale);
  if (!intl) INTL.set(locale, (intl = intlFor(locale)));
  const { longDate, longDateTime, numbers, ago } = intl;
  const date = (value: Date | string) =>
    longDate.format(typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
  return {
    date,
    dateTime: (value) => `${longDateTime.format(value)} UTC`,
    number: (value) => numbers.format(value),
    runtime(total) {
      const [hours, minutes] = [Math.floor(total / 60), total % 60];
      if (hours === 0) return words("runtimeMinutes", { minutes });
      return minutes === 0 ? words("runtimeHours", { hours }) : words("runtimeHoursMinutes", { hours, minutes });
    },
    timeAgo(when, now = new Date()) {
      const elapsed = Math.floor((now.getTime() - when.getTime()) / MINUTE_MS);
      if (elapsed < 5) return words("justNow");
      if (elapsed < 60) return ago.format(-elapsed, "minute");
      if (elapsed < 24 * 60) return ago.format(-Math.floor(elapsed / 60), "hour");
      return words("onDate", { date: date(when) });
    },
  };
}

/** Shortens text at a word boundary for descriptions and excerpts. */
export function truncate(text: string, maxLength: number) {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A name's initials, as a drawn stand-in for a photo: "Akira Kurosawa" → "AK", "이종필" → "이", "Cher" → "C". */
export function initialsOf(name: string) {
  const words = name.split(/\s+/).filter(Boolean);
  const firstAndLast = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return firstAndLast.map((word) => [...word][0]!.toLocaleUpperCase()).join("");
}

const ROMAN_NUMERALS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 2 → "II", 14 → "XIV": how IMDb numbers namesakes. */
export function romanNumeral(value: number) {
  let rest = value;
  let numeral = "";
  for (const [amount, letters] of ROMAN_NUMERALS) {
    for (; rest >= amount; rest -= amount) numeral += letters;
  }
  return numeral;
}

/** A person's name as their page heads it: numbered when namesakes share it ("John Smith (II)"). */
export function numberedName(person: { name: string; namesakeNumber?: number }) {
  return person.namesakeNumber ? `${person.name} (${romanNumeral(person.namesakeNumber)})` : person.name;
}
