// Rendered pages shared between app servers through Redis (REDIS_URL), so that N servers render each page once
// between them and a restarted server starts warm. The page cache (page-cache.mjs) keeps its own memory and disk
// copies as before and asks this tier only for a page it does not hold fresh; every page it keeps, it also puts here.
//
// Whether a shared page is fresh is decided by each server as for its own pages: against the invalidations it has
// heard (cache-handlers/shared-tags.ts), by when the page's render began. That time is taken on one server's clock and
// compared on another's, so entries carry it on Redis's clock: each server measures how far its own clock is from
// Redis's (TIME) and converts both ways. A server whose clock was stepped (as e2e/support/stepped-wall-clock.mjs
// does) neither takes another's stale page for fresh nor refuses a fresh one.
//
// Redis is a cache, never a dependency: every command has a short deadline, and a Redis that is down, slow or full
// makes the page cache behave as without it (the page is rendered). Memory is Redis's to bound: docs/scaling.md
// says to set `maxmemory` with an LRU policy; entries also expire a week after they were stored.
import { deserialize, serialize } from "node:v8";
import { createClient, RESP_TYPES } from "@redis/client";
import type { Logger } from "pino";
import type { SharedEntry, SharedPages } from "./shared-pages-slot.mjs";

/** The longest a page waits on Redis before it is rendered instead. */
const COMMAND_DEADLINE_MS = 250;
const ENTRY_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
/** How often the distance to Redis's clock is measured again (a clock can be stepped while the server runs). */
const CLOCK_CHECK_INTERVAL_MS = 30_000;
/** Errors while Redis is away repeat with every reconnection attempt: logged at most this often. */
const ERROR_LOG_INTERVAL_MS = 60_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export interface SharedPagesOptions {
  url: string;
  /** Put before every key, so that several sites (or test runs) can share one Redis; "marquee:" by default. */
  keyPrefix?: string;
  /** Pages of one build only: another build's pages name other scripts. */
  buildId: string;
  logger: Logger;
}

export interface SharedPagesConnection extends SharedPages {
  close(): Promise<void>;
}

interface StoredEntry extends Omit<SharedEntry, "lastModified"> {
  /** When the page's render began, on Redis's clock. */
  renderBeganAt: number;
}

/** Connects to Redis in the background and returns the tier at once; it answers "not there" until Redis does. */
export function connectSharedPages({
  url,
  keyPrefix = "marquee:",
  buildId,
  logger,
}: SharedPagesOptions): SharedPagesConnection {
  const client = createClient({
    url,
    // Commands fail at once while Redis is away, rather than waiting in a queue for it to come back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const pageKey = (key: string) => `${keyPrefix}page:${buildId}:${key}`;

  let lastErrorLoggedAt = -Infinity;
  const logError = (error: unknown, message: string) => {
    if (Date.now() - lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) return;
    lastErrorLoggedAt = Date.now();
    logger.warn({ err: error }, message);
  };
  client.on("error", (error: unknown) => logError(error, "Redis is unreachable: pages are rendered without it"));

  /** Redis's clock minus this server's, in milliseconds; unknown until first measured. */
  let clockOffset: number | undefined;
  async function measureClockOffset() {
    const sentAt = Date.now();
    const [seconds, microseconds] = (await withinDeadline(client.time())).map((part) => Number(String(part)));
    const receivedAt = Date.now();
    clockOffset = seconds! * 1000 + microseconds! / 1000 - (sentAt + receivedAt) / 2;
  }
  const measureAfterConnecting = () =>
    measureClockOffset().catch((error: unknown) => logError(error, "Redis's clock could not be read"));
  client.on("ready", () => void measureAfterConnecting());
  const clockCheck = setInterval(() => {
    if (client.isReady) void measureAfterConnecting();
  }, CLOCK_CHECK_INTERVAL_MS).unref();
  client.connect().catch((error: unknown) => logError(error, "Redis is unreachable: pages are rendered without it"));

  return {
    async get(key) {
      if (!client.isReady || clockOffset === undefined) return null;
      const offset = clockOffset;
      try {
        const stored = await withinDeadline(client.get(pageKey(key)));
        if (!stored) return null;
        const { renderBeganAt, ...entry } = deserialize(stored) as StoredEntry;
        return { ...entry, lastModified: renderBeganAt - offset };
      } catch (error) {
        logError(error, "a page could not be read from Redis: it is rendered instead");
        return null;
      }
    },
    async set(key, { lastModified, ...entry }) {
      if (!client.isReady || clockOffset === undefined) return;
      const stored: StoredEntry = { ...entry, renderBeganAt: lastModified + clockOffset };
      try {
        await withinDeadline(client.set(pageKey(key), serialize(stored), { EX: ENTRY_LIFETIME_SECONDS }));
      } catch (error) {
        logError(error, "a page could not be stored in Redis");
      }
    },
    async close() {
      clearInterval(clockCheck);
      client.destroy();
    },
  };
}

function withinDeadline<T>(command: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis did not answer within ${COMMAND_DEADLINE_MS} ms`)),
      COMMAND_DEADLINE_MS,
    );
  });
  return Promise.race([command, deadline]).finally(() => clearTimeout(timer));
}
