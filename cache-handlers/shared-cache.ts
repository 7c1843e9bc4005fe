// What app servers share through Redis (REDIS_URL): the pages they render (page-cache.mjs) and the 'use cache' entries
// those renders read (shared-entries.ts), so that N servers render each page and compute each entry once between
// them, and a restarted server starts warm. Each cache keeps its own memory (and disk) copies as before and asks
// this tier only for what it does not hold fresh; everything it keeps, it also puts here.
//
// Whether a shared record is fresh is decided by each server as for its own: against the invalidations it has heard
// (cache-handlers/shared-tags.ts), by when the record was made (a page's render began). That time is taken on one
// server's clock and compared on another's, so it is stored on Redis's clock: each server measures how far its own
// clock is from Redis's (TIME) and converts both ways. A server whose clock was stepped (as
// e2e/support/stepped-wall-clock.mjs does) neither takes another's stale page for fresh nor refuses a fresh one.
//
// Redis is a cache, never a dependency: every command has a short deadline, and a Redis that is down, slow or full
// makes the caches behave as without it (the page is rendered). Memory is Redis's to bound: docs/scaling.md says to
// set `maxmemory` with an LRU policy; records also expire a week after they were stored, or sooner if their own
// lifetime is shorter.
import { deserialize, serialize } from "node:v8";
import { createClient, RESP_TYPES } from "@redis/client";
import type { Logger } from "pino";
import { withinTime } from "../lib/time-limit";
import type { SharedCache } from "./shared-cache-slot.mjs";

/** The longest a page waits on Redis before it is rendered instead. */
const COMMAND_DEADLINE_MS = 250;
const LONGEST_LIFETIME_SECONDS = 7 * 24 * 60 * 60;
/** How often the distance to Redis's clock is measured again (a clock can be stepped while the server runs). */
const CLOCK_CHECK_INTERVAL_MS = 30_000;
/**
 * A reading of Redis's clock whose round trip took longer is not taken: it would place records up to half of it
 * off (an event loop busy loading Next as the server starts, say). Until one is taken, nothing is shared, and
 * another reading is made every RETRY_CLOCK_MS.
 */
const MAX_CLOCK_ROUND_TRIP_MS = 50;
const RETRY_CLOCK_MS = 1_000;
/** Errors while Redis is away repeat with every reconnection attempt: logged at most this often. */
const ERROR_LOG_INTERVAL_MS = 60_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export interface SharedCacheOptions {
  url: string;
  /** Put before every key, so that several sites (or test runs) can share one Redis; "marquee:" by default. */
  keyPrefix?: string;
  /** Records of one build only: another build's pages name other scripts. */
  buildId: string;
  logger: Logger;
}

export interface SharedCacheConnection extends SharedCache {
  close(): Promise<void>;
}

interface Stored {
  /** When the record was made, on Redis's clock. */
  madeAt: number;
  record: object;
}

/** Connects to Redis in the background and returns the tier at once; it answers "not there" until Redis does. */
export function connectSharedCache({
  url,
  keyPrefix = "marquee:",
  buildId,
  logger,
}: SharedCacheOptions): SharedCacheConnection {
  const client = createClient({
    url,
    // Commands fail at once while Redis is away, rather than waiting in a queue for it to come back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const redisKey = (kind: string, key: string) => `${keyPrefix}${kind}:${buildId}:${key}`;

  let lastErrorLoggedAt = -Infinity;
  const logError = (error: unknown, message: string) => {
    if (Date.now() - lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) return;
    lastErrorLoggedAt = Date.now();
    logger.warn({ err: error }, message);
  };
  client.on("error", (error: unknown) => logError(error, "Redis is unreachable: pages are rendered without it"));

  /** Redis's clock minus this server's, in milliseconds; unknown until first measured. */
  let clockOffset: number | undefined;
  let clockMeasuredAt = -Infinity;
  async function measureClockOffset() {
    const sentAt = Date.now();
    const [seconds, microseconds] = (await withinTime(client.time(), COMMAND_DEADLINE_MS, "Redis")).map((part) =>
      Number(String(part)),
    );
    const receivedAt = Date.now();
    if (receivedAt - sentAt > MAX_CLOCK_ROUND_TRIP_MS) return;
    clockOffset = seconds! * 1000 + microseconds! / 1000 - (sentAt + receivedAt) / 2;
    clockMeasuredAt = receivedAt;
  }
  const measureClock = () =>
    measureClockOffset().catch((error: unknown) => logError(error, "Redis's clock could not be read"));
  client.on("ready", () => void measureClock());
  const clockCheck = setInterval(() => {
    const isDue = clockOffset === undefined || Date.now() - clockMeasuredAt >= CLOCK_CHECK_INTERVAL_MS;
    if (client.isReady && isDue) void measureClock();
  }, RETRY_CLOCK_MS).unref();
  client.connect().catch((error: unknown) => logError(error, "Redis is unreachable: pages are rendered without it"));

  const isSharing = () => client.isReady && clockOffset !== undefined;
  return {
    isSharing,
    async get(kind, key) {
      if (!isSharing()) return null;
      const offset = clockOffset!;
      try {
        const stored = await withinTime(client.get(redisKey(kind, key)), COMMAND_DEADLINE_MS, "Redis");
        if (!stored) return null;
        const { madeAt, record } = deserialize(stored) as Stored;
        return { madeAt: madeAt - offset, record: record as never };
      } catch (error) {
        logError(error, "a record could not be read from Redis: it is made again instead");
        return null;
      }
    },
    async set(kind, key, madeAt, record, lifetimeSeconds = LONGEST_LIFETIME_SECONDS) {
      if (!isSharing()) return;
      const stored: Stored = { madeAt: madeAt + clockOffset!, record };
      const seconds = Math.max(1, Math.min(Math.ceil(lifetimeSeconds), LONGEST_LIFETIME_SECONDS));
      try {
        await withinTime(
          client.set(redisKey(kind, key), serialize(stored), { EX: seconds }),
          COMMAND_DEADLINE_MS,
          "Redis",
        );
      } catch (error) {
        logError(error, "a record could not be stored in Redis");
      }
    },
    async countHit(key, windowMs) {
      if (!client.isReady) return null;
      const counter = `${keyPrefix}count:${key}`;
      try {
        const [count, , windowEndsInMs] = await withinTime(
          client.multi().incr(counter).pExpire(counter, windowMs, "NX").pTTL(counter).exec(),
          COMMAND_DEADLINE_MS,
          "Redis",
        );
        return { count: Number(count), windowEndsInMs: Math.max(0, Number(windowEndsInMs)) };
      } catch (error) {
        logError(error, "a rate limit could not be counted in Redis: this server counts on its own");
        return null;
      }
    },
    async close() {
      clearInterval(clockCheck);
      client.destroy();
    },
  };
}
