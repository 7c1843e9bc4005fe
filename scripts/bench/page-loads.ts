// One row of the table per page: the page under load, the SQL statements a request of it costs, and its ceiling
// (the same bytes from the bare static server) under the same load, measured right after it.
import { get } from "node:http";
import { appOrigin, ceilingPort, waitUntilIdle } from "./app-server";
import type { Helper } from "./helpers/child";
import type { CeilingPage } from "./helpers/ceiling-server";
import { runLoad, type LoadPlan, type LoadResult } from "./load";
import { STATEMENT_SAMPLES, statementsPerRequest } from "./statement-count";

/**
 * Pages are requested as browsers request them, compressed. It is what visitors get, the app's compression is part of
 * its cost, and autocannon reads every body into a string: a 200 kB page of text with accents holds the load
 * generator, on the same two cores, to a few hundred requests a second whichever server answers.
 */
export const BROWSER_HEADERS = { "accept-encoding": "br, gzip" };

export interface PageTarget {
  label: string;
  /** The path requested, or the first of a series when `nextPath` is given. */
  path: string;
  /** A page that may not exist yet (search, Discover): reported as not available unless it answers 200. */
  isOptional?: boolean;
  /** For a different path on every request (films nobody visited); undefined when the supply runs out. */
  nextPath?: () => string | undefined;
}

export interface PageMeasurement {
  label: string;
  path: string;
  /** Absent when an optional page is not available. */
  load?: LoadResult;
  /** The page's HTML, uncompressed. */
  bytes?: number;
  /** What the app sent for it, compressed. */
  sentBytes?: number;
  statementsPerRequest?: number;
  ceiling?: LoadResult;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/**
 * A warm-up (JIT, caches, connection pools), then the measured load with the same kind of requests. Against the
 * app (given its statement counter), each run starts only once the app has finished what the previous one left.
 */
export async function warmAndRun(
  plan: Omit<LoadPlan, "connections" | "durationSeconds">,
  settings: LoadSettings,
  appCounter?: Helper,
) {
  await runLoad({ ...plan, connections: settings.connections, durationSeconds: settings.warmupSeconds });
  if (appCounter) await waitUntilIdle(appCounter);
  const load = await runLoad({ ...plan, connections: settings.connections, durationSeconds: settings.durationSeconds });
  if (appCounter) await waitUntilIdle(appCounter);
  return load;
}

/** The page as the app sends it to a browser: its bytes as they came, and the headers a static copy needs. */
function fetchAsSent(path: string) {
  return new Promise<{ body: Buffer; headers: Record<string, string> }>((resolve, reject) => {
    get(`${appOrigin()}${path}`, { headers: BROWSER_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const { "content-type": contentType = "text/html", "content-encoding": contentEncoding } = response.headers;
        resolve({
          body: Buffer.concat(chunks),
          headers: { "content-type": contentType, ...(contentEncoding ? { "content-encoding": contentEncoding } : {}) },
        });
      });
      response.on("error", reject);
    }).on("error", reject);
  });
}

function nextRequestOf(target: PageTarget) {
  return (
    target.nextPath &&
    (() => {
      const path = target.nextPath!();
      return path === undefined ? undefined : { method: "GET" as const, path };
    })
  );
}

/** The page under load, as a browser asks for it, after a warm-up. */
export function loadPage(target: PageTarget, settings: LoadSettings, counter: Helper) {
  return warmAndRun(
    { url: `${appOrigin()}${target.path}`, nextRequest: nextRequestOf(target), headers: BROWSER_HEADERS },
    settings,
    counter,
  );
}

export async function measurePage(
  target: PageTarget,
  { counter, ceiling, settings }: { counter: Helper; ceiling: Helper; settings: LoadSettings },
): Promise<PageMeasurement> {
  const response = await fetch(`${appOrigin()}${target.path}`);
  const body = await response.text();
  if (response.status !== 200) {
    if (target.isOptional) return { label: target.label, path: target.path };
    throw new Error(`${target.path} answered ${response.status}; the bench needs it to answer 200.`);
  }
  const nextRequest = nextRequestOf(target);
  const load = await loadPage(target, settings, counter);
  const samples = Array.from({ length: STATEMENT_SAMPLES }, () =>
    nextRequest ? nextRequest() : { path: target.path },
  );
  const statements = await statementsPerRequest(
    counter,
    samples.filter((sample) => sample !== undefined),
  );
  const sent = await fetchAsSent(target.path);
  await ceiling.ask("serve", {
    path: target.path,
    body: sent.body.toString("base64"),
    headers: sent.headers,
  } satisfies CeilingPage);
  const ceilingLoad = await warmAndRun(
    { url: `http://127.0.0.1:${ceilingPort()}${target.path}`, headers: BROWSER_HEADERS },
    settings,
  );
  return {
    label: target.label,
    path: target.path,
    load,
    bytes: Buffer.byteLength(body),
    sentBytes: sent.body.length,
    statementsPerRequest: statements,
    ceiling: ceilingLoad,
  };
}
