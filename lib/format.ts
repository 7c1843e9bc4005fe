// Human formatting for pages: runtimes, dates, counts.

export function formatRuntime(minutes: number) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Accepts a Date or an ISO date string ("2024-07-03"); always read as UTC so server and client agree. */
export function formatDate(value: Date | string) {
  return longDate.format(typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
}

const longDateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/**
 * A moment to the minute, for lists where several fall on one day (a review's versions). In UTC, said so: the page is
 * one cached file for readers everywhere.
 */
export function formatDateTime(value: Date) {
  return `${longDateTime.format(value)} UTC`;
}

export function pluralise(count: number, singular: string, plural = `${singular}s`) {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}

/** Shortens text at a word boundary for descriptions and excerpts. */
export function truncate(text: string, maxLength: number) {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const ago = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const MINUTE_MS = 60_000;

/**
 * How long ago, as a list of recent activity says it: "just now" within five minutes (how often a session's last use
 * is recorded), then minutes or hours, then the date.
 */
export function formatTimeAgo(when: Date, now = new Date()) {
  const minutes = Math.floor((now.getTime() - when.getTime()) / MINUTE_MS);
  if (minutes < 5) return "just now";
  if (minutes < 60) return ago.format(-minutes, "minute");
  if (minutes < 24 * 60) return ago.format(-Math.floor(minutes / 60), "hour");
  return `on ${formatDate(when)}`;
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
