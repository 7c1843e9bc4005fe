// Server time of search and Discover: one request at a time, so no request waits behind another and the latency is
// what the server spends on it; a different query each time, so none is answered from a cache.
import { appOrigin } from "./app-server";
import { summariseSeries, type SeriesSummary } from "./load";

export interface ServerTimeMeasurement extends SeriesSummary {
  label: string;
  /** One of the requested paths, for the table. */
  example: string;
  samples: number;
  /** How many answers held what was searched for, when the series checks them. */
  found?: number;
}

/** Requests timed one after another; `isFound` checks an answer's page for what its request searched for. */
export interface ServerTimeSeries {
  label: string;
  paths: string[];
  isFound?: (html: string, index: number) => boolean;
  /** Sent with every request: a signed-in member's session cookie. */
  headers?: Record<string, string>;
}

export async function measureServerTime({
  label,
  paths,
  isFound,
  headers,
}: ServerTimeSeries): Promise<ServerTimeMeasurement> {
  const latencies: number[] = [];
  let found = 0;
  for (const [index, path] of paths.entries()) {
    const started = performance.now();
    // As many visitors, each from an address of their own: the suggestions' per-address limit is not what is timed.
    const response = await fetch(`${appOrigin()}${path}`, {
      headers: { "x-forwarded-for": visitorAddress(index), ...headers },
    });
    const html = await response.text();
    latencies.push(performance.now() - started);
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}; the bench needs it to answer 200.`);
    if (isFound?.(html, index)) found++;
  }
  return {
    label,
    example: paths[0]!,
    samples: paths.length,
    found: isFound ? found : undefined,
    ...summariseSeries(latencies),
  };
}

/** An address of the documentation range 198.18.0.0/15 (benchmarking), one per visitor. */
function visitorAddress(index: number) {
  return `198.18.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

/** "Forrest Gump" → "Forrset Gump": what people type, two letters swapped in the longest word. */
export function misspell(title: string) {
  const words = title.split(" ");
  const longest = words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
  const word = words[longest]!;
  if (word.length < 4) return title;
  const at = Math.floor(word.length / 2);
  words[longest] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(" ");
}
