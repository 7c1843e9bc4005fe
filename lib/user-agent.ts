// A browser's User-Agent as a member recognises their device in their list of sessions: Firefox, Windows. The few
// families people use are enough to tell one's own sessions apart; the page words it in its language.

// Order matters: Edge and Opera say "Chrome" too, and Chrome says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bChrom(?:e|ium)\/|\bCriOS\//, "Chrome"],
  [/\bSafari\//, "Safari"],
];

// iPhones and Android phones say "like Mac OS X" and "Linux" too.
const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bWindows\b/, "Windows"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

function firstMatch(userAgent: string, families: [RegExp, string][]) {
  return families.find(([pattern]) => pattern.test(userAgent))?.[1];
}

/** The browser's and the system's names where they are among the known families (proper names: never translated). */
export function identifyUserAgent(userAgent: string | null): { browser?: string; system?: string } {
  if (!userAgent) return {};
  return { browser: firstMatch(userAgent, BROWSERS), system: firstMatch(userAgent, SYSTEMS) };
}
