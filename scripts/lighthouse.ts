// `npm run lighthouse -- <origin> [path…]`: Lighthouse's audit of a running Marquee as a phone on a slow network
// sees it (its default: a mid-range phone, throttled 4G), printing each page's four scores and its Largest
// Contentful Paint. A measurement to read, like the benchmark, not a test: scores move with the machine's load.
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { chromiumLaunchOptions } from "./chromium";
import { runCli } from "./cli";

/** Film, home, person and search: the pages a visitor lands on. */
const DEFAULT_PATHS = ["/films/the-godfather-1972", "/", "/people/francis-ford-coppola", "/search?q=godfather"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** The metrics behind the performance score, with the audit each comes from. */
const METRICS = {
  "FCP (ms)": { audit: "first-contentful-paint", digits: 0 },
  "LCP (ms)": { audit: "largest-contentful-paint", digits: 0 },
  "TBT (ms)": { audit: "total-blocking-time", digits: 0 },
  CLS: { audit: "cumulative-layout-shift", digits: 3 },
};
const DEBUGGING_PORT = 9333;

runCli(async () => {
  const [origin, ...given] = process.argv.slice(2);
  if (!origin || !URL.canParse(origin)) throw new Error("usage: npm run lighthouse -- http://127.0.0.1:3000 [path…]");
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []), `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  try {
    console.log(["page", ...CATEGORIES, ...Object.keys(METRICS), "LCP element"].join("\t"));
    for (const path of given.length > 0 ? given : DEFAULT_PATHS) {
      const run = await lighthouse(new URL(path, origin).toString(), {
        port: DEBUGGING_PORT,
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = run.lhr;
      const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
      const metrics = Object.values(METRICS).map(({ audit, digits }) =>
        (audits[audit]?.numericValue ?? Number.NaN).toFixed(digits),
      );
      console.log([path, ...scores, ...metrics, largestElementOf(audits["lcp-breakdown-insight"])].join("\t"));
    }
  } finally {
    await browser.close();
  }
  return 0;
});

/** What the LCP breakdown names as the largest element, e.g. "Poster of The Godfather (1972)". */
function largestElementOf(audit: { details?: unknown } | undefined) {
  const details = JSON.stringify(audit?.details ?? {});
  return /"nodeLabel":"([^"]*)"/.exec(details)?.[1] ?? "?";
}
