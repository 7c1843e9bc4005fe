// The 'use cache' handler (loaded through cache-handlers/default.mjs): Next's own in-memory handler, plus cache
// invalidations shared by every app server through PostgreSQL. When one server invalidates tags (a member posts a
// review), it records them in cache_tag_invalidations and announces them (NOTIFY); every other server hears them
// (LISTEN) and passes them to its own base handler's updateTags, the call Next makes for a local invalidation, which
// marks them, on that server's clock, in the map Next checks before serving any cached page or entry. A server that
// starts, or reconnects after missing announcements, first applies what was recorded meanwhile; and before it
// renders a page for the cache (page-cache.mjs), it applies what was recorded and not yet announced to it.
import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { CacheHandler } from "next/cache";
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import type { Logger } from "pino";
import postgres from "postgres";
import type { cacheTagInvalidations } from "../db/schema/cache";
import { distDir } from "../lib/dist-dir";
import { getLogger } from "../lib/logger";
import { withinTime } from "../lib/time-limit";
import { provideCatchUp } from "./catch-up-slot.mjs";
import { rendersBegunBy } from "./renders-in-flight.mjs";
import { withSharedEntries } from "./shared-entries";

const CHANNEL = "marquee_cache_tags";
/** Next's default for its in-memory handler (cacheMaxMemorySize). */
const MEMORY_BYTES = 50 * 1024 * 1024;
/**
 * How much further back than strictly needed each catch-up reads: recordings take the database's now() when their
 * transaction starts but are announced when it commits, and the build time comes from another machine's clock.
 */
const CATCH_UP_MARGIN_MS = 5_000;
/** postgres.js can wait forever on a server that accepts connections and closes them at once. */
const LISTEN_ATTEMPT_TIMEOUT_MS = 10_000;
/** The longest a render waits to catch up with recorded invalidations before it goes on without (PostgreSQL is slow). */
const CATCH_UP_WAIT_MS = 1_000;
/** Next's implicit tag of the root layout, which every page carries: what revalidatePath("/", "layout") invalidates. */
export const EVERY_PAGE_TAG = "_N_T_/layout";
/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more: longer lists of tags are announced in parts. */
const ANNOUNCEMENT_TAG_BYTES = 6_000;

type Durations = Parameters<CacheHandler["updateTags"]>[1];
type Invalidation = Pick<typeof cacheTagInvalidations.$inferSelect, "tag" | "staleAt" | "expiredAt">;
/** When a tag was marked stale and when expired, in milliseconds of the database's clock. */
interface Marks {
  staleAt?: number;
  expiredAt?: number;
}

/** What a server announces: `at` is the database's time of the recording, in milliseconds. */
interface Announcement {
  from: string;
  tags: string[];
  durations: Durations | null;
  at: number;
}

export interface SharedTagsOptions {
  /** When the build was made: cached pages on disk are no older, so older invalidations need not be applied. */
  builtAt?: Date;
  logger?: Logger;
  /** How long refreshTags waits for the first read of recorded invalidations before letting Next serve without it. */
  firstReadWaitMs?: number;
  /** The longest pause between two attempts to reach PostgreSQL (the pauses double from 1 s up to it). */
  maxRetryDelayMs?: number;
}

export interface SharedTagsHandler extends CacheHandler {
  /**
   * Applies every invalidation recorded before the call that this server has not applied yet: its announcement may
   * still be on its way. A page rendered for the cache must not read this server's cached entries before it, or it
   * would be stored, dated after the invalidation, with what came before it.
   */
  catchUp(): Promise<void>;
  /** Stops listening and closes its connections. */
  close(): Promise<void>;
}

/** `base` with shared invalidations, on `databaseUrl`. */
export function createSharedTagsHandler(
  base: CacheHandler,
  databaseUrl: string,
  options: SharedTagsOptions = {},
): SharedTagsHandler {
  const { builtAt, logger = getLogger(), firstReadWaitMs = 5_000, maxRetryDelayMs = 10_000 } = options;
  const retryDelaySeconds = (retries: number) => Math.min(2 ** retries, maxRetryDelayMs / 1000);
  // connect_timeout bounds how long an invalidation waits on an unreachable database; postgres.js reconnects a lost
  // LISTEN connection by itself, with this backoff.
  const connectionOptions = { onnotice: () => {}, connect_timeout: 5, backoff: retryDelaySeconds };
  const sql = postgres(databaseUrl, { ...connectionOptions, max: 2 });
  // Renders' catch-up reads have a client of their own: during an outage they fail again and again, and postgres.js
  // then waits longer and longer (up to maxRetryDelayMs) before a client connects again, which would hold the first
  // writes after it, whose invalidations are recorded through `sql`. A render waits a second at most anyway.
  const catchUpSql = postgres(databaseUrl, { ...connectionOptions, max: 1, backoff: () => CATCH_UP_WAIT_MS / 1000 });
  const serverId = randomUUID();

  /** The database's time up to which every recorded invalidation has been read or heard. */
  let appliedUpTo = builtAt?.getTime() ?? 0;
  /** Per tag, the latest marks recorded by any server that this one knows of (the database's clock). */
  const recordedMarks = new Map<string, Marks>();
  /** Counts LISTEN connections, so a catch-up or an announcement knows whether its connection is still the latest. */
  let connection = 0;
  let isCaughtUp = false;
  let isClosed = false;
  let listener: postgres.Sql | undefined;

  let firstReadDone = () => {};
  const firstRead = new Promise<void>((resolve) => (firstReadDone = resolve));
  // A server still starts and serves while the database is down: Next waits this long at most.
  const readyToServe = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      logger.warn(
        { waitedMs: firstReadWaitMs },
        "shared cache invalidations are not on yet: serving without them until PostgreSQL answers",
      );
      resolve();
    }, firstReadWaitMs);
    void firstRead.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });

  function remember(tag: string, { staleAt, expiredAt }: Marks) {
    const known = recordedMarks.get(tag) ?? {};
    recordedMarks.set(tag, { staleAt: latest(known.staleAt, staleAt), expiredAt: latest(known.expiredAt, expiredAt) });
  }

  /** Whether a recorded invalidation says more than this server knows: it has not heard or read it yet. */
  function isNews({ tag, staleAt, expiredAt }: Invalidation) {
    const known = recordedMarks.get(tag) ?? {};
    const isLater = (recorded: Date | null, knownTime = -Infinity) =>
      recorded !== null && recorded.getTime() > knownTime;
    return isLater(staleAt, known.staleAt) || isLater(expiredAt, known.expiredAt);
  }

  function hear(payload: string) {
    let announcement: Announcement;
    try {
      announcement = JSON.parse(payload) as Announcement;
    } catch (error) {
      logger.warn({ err: error }, "an unreadable cache invalidation announcement was ignored");
      return;
    }
    const { from, tags, durations, at } = announcement;
    if (!Array.isArray(tags)) {
      logger.warn({ payload: payload.slice(0, 200) }, "a cache invalidation announcement without tags was ignored");
      return;
    }
    // Servers from before `at` was announced (during a rolling deploy) are still heard, only not counted.
    if (typeof at === "number") {
      // An announcement can come in with the reply to LISTEN on a new connection, before postgres.js calls catchUp
      // for it: counted then, it would move that catch-up's starting point past what was missed in between. So it
      // is counted once pending callbacks have run, and only if its connection is still the latest and caught up.
      const heardOn = connection;
      setImmediate(() => {
        if (heardOn === connection && isCaughtUp) appliedUpTo = Math.max(appliedUpTo, at);
      });
    }
    // This server applied its own invalidations when it made them; applying them again now would discard the pages
    // rendered in between.
    if (from === serverId) return;
    if (typeof at === "number") for (const tag of tags) remember(tag, marksOf(at, durations));
    void apply(tags, durations ?? undefined);
  }

  /** Marks `tags` in Next's caches, where every page and entry is checked before it is served or stored. */
  async function apply(tags: string[], durations: Durations) {
    await base
      .updateTags(tags, durations)
      .catch((error: unknown) => logger.error({ err: error, tags }, "applying a cache invalidation failed"));
  }

  /** Applies what was recorded since `since` as Next would have, had it been told then; returns how many tags. */
  async function applyRecorded(invalidations: Invalidation[], since: number, readAt: number) {
    const expiredTags: string[] = [];
    const staleMarks: Promise<void>[] = [];
    for (const { tag, staleAt, expiredAt } of invalidations) {
      const [stale, expired] = [staleAt?.getTime(), expiredAt?.getTime()];
      remember(tag, { staleAt: stale, expiredAt: expired });
      if (expired !== undefined && expired > since && expired <= readAt) expiredTags.push(tag);
      else if (stale !== undefined && stale > since) {
        // Stale now, and expired when it was recorded to expire, if that is still to come.
        const expire = expired !== undefined && expired > readAt ? (expired - readAt) / 1000 : undefined;
        staleMarks.push(base.updateTags([tag], { expire }));
      }
    }
    await Promise.all([...staleMarks, base.updateTags(expiredTags)]);
    return expiredTags.length + staleMarks.length;
  }

  async function readRecordedSince(since: number, client = sql) {
    // The time first: what commits after it is either in the rows or heard, as LISTEN is on already.
    const [{ readAt }] = await client<[{ readAt: Date }]>`select now() as "readAt"`;
    const invalidations = await client<Invalidation[]>`
      select tag, stale_at as "staleAt", expired_at as "expiredAt"
      from cache_tag_invalidations
      where stale_at > ${new Date(since)} or expired_at > ${new Date(since)}`;
    return { invalidations, readAt: readAt.getTime() };
  }

  /** On each LISTEN connection: what was recorded while this server was not listening, read until it succeeds. */
  async function catchUp() {
    const thisConnection = ++connection;
    isCaughtUp = false;
    const since = appliedUpTo - CATCH_UP_MARGIN_MS;
    for (let attempt = 0; !isClosed && thisConnection === connection; attempt++) {
      try {
        const { invalidations, readAt } = await readRecordedSince(since);
        const appliedTags = await applyRecorded(invalidations.filter(isNews), since, readAt);
        appliedUpTo = Math.max(appliedUpTo, readAt);
        isCaughtUp = true;
        const isFirst = thisConnection === 1;
        logger.info(
          { appliedTags },
          isFirst
            ? "shared cache invalidations are on"
            : "shared cache invalidations are on again after a lost connection",
        );
        firstReadDone();
        return;
      } catch (error) {
        if (isClosed) return;
        logger.error({ err: error }, "reading recorded cache invalidations failed; trying again");
        await pause(retryDelaySeconds(attempt) * 1000);
      }
    }
  }

  /**
   * postgres.js reconnects a LISTEN connection by itself once it has connected, but when the first connection
   * fails it rejects and retries in the background with no pause for some failures (a database that does not
   * exist: about 20 attempts a second). So until the first success, each attempt has a client of its own, ended
   * when it fails.
   */
  async function listenUntilConnected() {
    for (let attempt = 0; !isClosed; attempt++) {
      const client = postgres(databaseUrl, {
        ...connectionOptions,
        max: 1,
        connection: { application_name: "marquee cache tags" },
      });
      listener = client;
      try {
        await withinTime(
          client.listen(CHANNEL, hear, () => void catchUp()),
          LISTEN_ATTEMPT_TIMEOUT_MS,
        );
        return;
      } catch (error) {
        void client.end({ timeout: 0 });
        if (isClosed) return;
        if (attempt === 0)
          logger.warn(
            { err: error },
            "shared cache invalidations are not on yet: PostgreSQL cannot be reached; trying again",
          );
        else logger.debug({ err: error, attempt }, "PostgreSQL still cannot be reached for shared cache invalidations");
        await pause(retryDelaySeconds(attempt) * 1000);
      }
    }
  }

  void listenUntilConnected();

  /** Reads what was recorded lately and applies what this server has not heard of. */
  async function applyUnheard() {
    const since = appliedUpTo - CATCH_UP_MARGIN_MS;
    const { invalidations, readAt } = await readRecordedSince(since, catchUpSql);
    await applyRecorded(invalidations.filter(isNews), since, readAt);
    appliedUpTo = Math.max(appliedUpTo, readAt);
  }

  // Renders that ask while a read is under way wait for the next one: the read under way may have begun before an
  // invalidation they must see. Those that ask before the next read begins share it.
  let nextRead: Promise<void> | undefined;
  let lastRead: Promise<void> = Promise.resolve();
  let isCatchUpFailing = false;
  function sharedRead() {
    if (!nextRead) {
      const read = lastRead
        .catch(() => {})
        .then(() => {
          nextRead = undefined;
          return applyUnheard();
        });
      nextRead = lastRead = read;
    }
    return nextRead;
  }

  return {
    get: (cacheKey, softTags) => base.get(cacheKey, softTags),
    set: (cacheKey, pendingEntry) => base.set(cacheKey, pendingEntry),
    async refreshTags() {
      await Promise.all([base.refreshTags(), readyToServe]);
    },
    async getExpiration(tags) {
      const expiration = await base.getExpiration(tags);
      return Math.max(expiration, ...tags.map((tag) => recordedMarks.get(tag)?.expiredAt ?? 0));
    },
    async updateTags(tags, durations) {
      // Recorded before it is marked here: a render that begins anywhere once it is recorded catches up with it
      // first, and one that began before is older than every server's mark of it, this one's included. A failure
      // leaves the other servers stale until their entries expire, which is logged rather than thrown at the member
      // whose change is saved already.
      const recordedAt = await recordInvalidation(sql, tags, { from: serverId, durations }).catch((error: unknown) => {
        logger.error({ err: error, tags }, "recording a cache invalidation for the other servers failed");
      });
      if (recordedAt !== undefined) for (const tag of tags) remember(tag, marksOf(recordedAt, durations ?? null));
      await apply(tags, durations);
      // Next answers the action that made this invalidation once it returns: the member's next page cannot then join
      // a render that began before the write (page-cache.mjs keeps none of them).
      await rendersBegunBy(Date.now());
    },
    async catchUp() {
      if (isClosed) return;
      try {
        await withinTime(sharedRead(), CATCH_UP_WAIT_MS, "Reading recorded cache invalidations");
        isCatchUpFailing = false;
      } catch (error) {
        // Rendering goes on: at worst it is what it was before this catch-up existed. Said once per outage.
        if (!isCatchUpFailing) logger.warn({ err: error }, "a render could not catch up with cache invalidations");
        isCatchUpFailing = true;
      }
    },
    async close() {
      isClosed = true;
      await Promise.all([listener?.end({ timeout: 0 }), sql.end({ timeout: 1 }), catchUpSql.end({ timeout: 1 })]);
    },
  };
}

/**
 * The handler Next uses in this process, once it has applied what was recorded since the build, or once the wait
 * for that is over: Next waits for it before it serves anything from a cache, pages on disk included.
 */
export async function createProcessCacheHandler(): Promise<CacheHandler> {
  const base = createDefaultCacheHandler(MEMORY_BYTES);
  // `next build` loads handlers too; it prerenders pages and invalidates nothing.
  if (process.env.NEXT_PHASE === "phase-production-build") return base;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    getLogger().warn("shared cache invalidations are off: DATABASE_URL is not set");
    return base;
  }
  const handler = createSharedTagsHandler(base, databaseUrl, { builtAt: await buildTime() });
  await handler.refreshTags();
  provideCatchUp(() => handler.catchUp());
  return withSharedEntries(handler);
}

/**
 * Records an invalidation for the servers starting later and announces it to the running ones: from an app server
 * (`from` is its id, so that it does not apply its own twice), or from a command-line tool such as the importer.
 * Returns when it was recorded (the database's clock, in milliseconds; the last part's time when announced in parts).
 */
export async function recordInvalidation(
  sql: postgres.Sql,
  tags: string[],
  { from, durations }: { from: string; durations?: Durations },
) {
  const expireSeconds = durations ? (durations.expire ?? null) : 0;
  let recordedAt = 0;
  for (const part of partsWithin([...new Set(tags)], ANNOUNCEMENT_TAG_BYTES)) {
    // One statement: the rows and the announcement commit together, in one round trip.
    const [{ at }] = await sql<[{ at: number }]>`
      with recorded as (
        insert into cache_tag_invalidations (tag, stale_at, expired_at)
        select tag, case when ${durations !== undefined} then now() end, now() + ${expireSeconds}::float8 * interval '1 second'
        from unnest(${part}::text[]) as tag
        on conflict (tag) do update set
          stale_at = greatest(cache_tag_invalidations.stale_at, excluded.stale_at),
          expired_at = greatest(cache_tag_invalidations.expired_at, excluded.expired_at)
      )
      select pg_notify(${CHANNEL}, json_build_object(
        'from', ${from}::text,
        'tags', ${part}::text[],
        'durations', ${durations ? sql.json(durations) : null}::json,
        'at', extract(epoch from now()) * 1000
      )::text), extract(epoch from now())::float8 * 1000 as at`;
    recordedAt = at;
  }
  return recordedAt;
}

/** `tags` in consecutive parts of at most `maxBytes` of tag text each. */
function partsWithin(tags: string[], maxBytes: number) {
  const parts: string[][] = [[]];
  let bytes = 0;
  for (const tag of tags) {
    const size = Buffer.byteLength(tag) + 3;
    if (bytes + size > maxBytes && parts.at(-1)!.length > 0) {
      parts.push([]);
      bytes = 0;
    }
    parts.at(-1)!.push(tag);
    bytes += size;
  }
  return parts;
}

/** When this build was made (prerendered pages are from it, and pages rendered since are newer); none in development. */
async function buildTime(): Promise<Date | undefined> {
  try {
    return (await stat(path.join(distDir(), "BUILD_ID"))).mtime;
  } catch {
    return undefined;
  }
}

/**
 * The marks of an invalidation recorded at `at` (the database's clock): expired at once without durations; with
 * them, stale at once and expired later, or never (stale only).
 */
function marksOf(at: number, durations: Durations | null | undefined): Marks {
  if (!durations) return { expiredAt: at };
  return { staleAt: at, expiredAt: durations.expire === undefined ? undefined : at + durations.expire * 1000 };
}

function latest(known: number | undefined, recorded: number | undefined) {
  return recorded === undefined || (known !== undefined && known >= recorded) ? known : recorded;
}

function pause(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
