// The 'use cache' handler (next.config.ts): Next's own in-memory one, plus cache invalidations shared by every app
// server through PostgreSQL. Each server keeps its own cached data and pages; when one of them invalidates a tag (a
// member posts a review), it records the tag in cache_tag_invalidations and notifies the others (NOTIFY), which mark
// the tag in their tags manifest at once — the map Next consults before serving any cached page or 'use cache'
// entry. A server that starts, or reconnects after missing notifications, reads the table first.
//
// Plain JavaScript because Next loads cache handlers with Node's own import(), during `next build` too. It reaches
// into two of Next's modules (next/dist/server/lib/…): the default handler, and the tags manifest, which Next has no
// public way to feed from outside the process; tests/integration/shared-cache-tags.test.ts and e2e/shared-cache.spec.ts
// catch a Next upgrade that moves them.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import postgres from "postgres";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const CHANNEL = "marquee_cache_tags";
// A server hears its own notifications too; it has marked those tags already, and marking them again, later, would
// make it render once more the pages it rendered in between.
const SERVER_ID = randomUUID();
const MEMORY_BYTES = 50 * 1024 * 1024;

/** Marks tags in this process's manifest; a later mark never gives way to an earlier one. */
function markTags(marks) {
  for (const { tag, stale, expired } of marks) {
    const current = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, {
      ...current,
      ...(stale !== undefined && { stale: Math.max(stale, current.stale ?? 0) }),
      ...(expired !== undefined && { expired: Math.max(expired, current.expired ?? 0) }),
    });
  }
}

function marksFor(tags, durations, now) {
  return tags.map((tag) =>
    durations ? { tag, stale: now, ...(durations.expire !== undefined && { expired: now + durations.expire * 1000 }) } : { tag, expired: now },
  );
}

/** Every invalidation recorded so far, with the times the invalidating server gave them. */
async function readRecordedMarks(sql) {
  const rows = await sql`
    select tag, (extract(epoch from stale_at) * 1000)::float8 as stale, (extract(epoch from expired_at) * 1000)::float8 as expired
    from cache_tag_invalidations`;
  return rows.map(({ tag, stale, expired }) => ({ tag, stale: stale ?? undefined, expired: expired ?? undefined }));
}

async function record(sql, tags, durations) {
  const rows = marksFor(tags, durations, Date.now()).map(({ tag, stale, expired }) => ({
    tag,
    stale_at: stale === undefined ? null : new Date(stale),
    expired_at: expired === undefined ? null : new Date(expired),
  }));
  // One statement, so one round trip: the notification is delivered when it commits, to every server listening.
  await sql`
    with recorded as (
      insert into cache_tag_invalidations ${sql(rows, "tag", "stale_at", "expired_at")}
      on conflict (tag) do update set
        stale_at = greatest(cache_tag_invalidations.stale_at, excluded.stale_at),
        expired_at = greatest(cache_tag_invalidations.expired_at, excluded.expired_at)
    )
    select pg_notify(${CHANNEL}, ${JSON.stringify({ from: SERVER_ID, tags, durations })})`;
}

/**
 * Next's default handler with shared invalidations, on `databaseUrl`. Notified marks take this server's own clock,
 * not the sender's: Next compares them with this server's entry times and with its now.
 */
export function createSharedTagsHandler(base, databaseUrl) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  let firstReadDone;
  const firstRead = new Promise((resolve) => (firstReadDone = resolve));
  const ready = sql
    .listen(
      CHANNEL,
      (payload) => {
        const { from, tags, durations } = JSON.parse(payload);
        if (from !== SERVER_ID) markTags(marksFor(tags, durations, Date.now()));
      },
      // On every (re)connection: what was recorded while this server was not listening. A connection lost again
      // meanwhile reconnects and reads again; an unhandled rejection here would end the process.
      async () => {
        try {
          markTags(await readRecordedMarks(sql));
        } catch (error) {
          console.error("Shared cache invalidations: reading those recorded failed; reading again on reconnection.", error);
        } finally {
          firstReadDone();
        }
      },
    )
    // postgres.js calls the callback above without waiting for it: nothing is served before the first read is in.
    .then(() => firstRead)
    .catch((error) => console.error("Shared cache invalidations are off: PostgreSQL could not be reached.", error));
  return {
    ...base,
    async refreshTags() {
      await ready;
    },
    async updateTags(tags, durations) {
      await base.updateTags(tags, durations);
      await record(sql, tags, durations);
    },
  };
}

const base = createDefaultCacheHandler(MEMORY_BYTES);
const databaseUrl = process.env.DATABASE_URL;
// `next build` loads handlers too; it prerenders pages and invalidates nothing.
const isBuilding = process.env.NEXT_PHASE === "phase-production-build";

export default databaseUrl && !isBuilding ? createSharedTagsHandler(base, databaseUrl) : base;
