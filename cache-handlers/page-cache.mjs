// The page cache (`cacheHandler` in next.config.ts): Next's own (memory, then files), which stamps a page when it
// stores it, not when its render began. A page whose render began before an invalidation of what it shows and ended
// after it would be kept as fresh with the data from before; this one does not keep it, and tells
// renders-in-flight.mjs which renders are under way. Next makes an instance per request, so what one remembers
// belongs to that request's lookups and the render that follows them. Plain JavaScript: Next also bundles this file
// into the proxy, where tsx cannot load TypeScript.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { open, rename, rm, utimes, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { areTagsExpired } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { catchUpWithInvalidations } from "./catch-up-slot.mjs";
import { freshnessOf, isRenderedAgain, tagsOf } from "./page-freshness.mjs";
import { beginRender } from "./renders-in-flight.mjs";
import { noteServedPage } from "./served-page-slot.mjs";
import { sharedCache } from "./shared-cache-slot.mjs";

// Required, not imported: Node's ESM loader would give the CommonJS module's whole exports as its default.
const { default: FileSystemCache } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/file-system-cache.js",
);

/** Kinds of entry that are whole responses (pages, route handlers) rather than fetches or images. */
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);
/** The file of an entry whose modification time Next reads as the time the entry was stored. */
const DATED_FILE = /\.(html|body)$/;

export default class PageCache extends FileSystemCache {
  /** Per key, when this request looked it up: a render that followed began after that. */
  #lookedUpAt = new Map();
  #endRender = new Map();
  /**
   * Whether this request renders a page it finds missing. A server action, or a navigation that asks for the page's
   * dynamic parts, looks the page up only to resume from it: finding none, it renders nothing for the cache, and a
   * write would wait for it in vain. (Finding it stale, it revalidates it in the background, which does count.)
   */
  #rendersWhatItMisses;

  /** When the render whose page is being written began. */
  #writing;

  constructor(context) {
    const writing = { renderBeganAt: undefined };
    super({ ...context, fs: context.fs && datingWhatWasRead(writingForSharedDisk(context.fs, writing)) });
    this.#writing = writing;
    const headers = context._requestHeaders ?? {};
    const isDynamicNavigation = headers.rsc === "1" && headers["next-router-prefetch"] !== "1";
    this.#rendersWhatItMisses = headers["next-action"] === undefined && !isDynamicNavigation;
  }

  async get(...lookup) {
    const [key, context] = lookup;
    if (!RESPONSE_KINDS.has(context.kind)) return super.get(...lookup);
    const lookedUpAt = Date.now();
    const entry =
      (await super.get(...lookup)) ??
      (await this.#renderedSinceByAnotherWorker(lookup)) ??
      (await renderedByAnotherServer(key));
    this.#lookedUpAt.set(key, lookedUpAt);
    // An entry read from the build's files carries no lifetime: Next takes the one the build wrote for it.
    const cacheControl = entry && (entry.cacheControl ?? buildLifetimeOf(this.serverDistDir, key));
    const freshness = entry && freshnessOf({ ...entry, cacheControl });
    const isServedAsItIs = Boolean(freshness) && !isRenderedAgain(freshness);
    // A page with parts rendered per request (postponed) is not the same answer for everyone, and one without a
    // lifetime would be taken as fresh for good.
    if (isServedAsItIs && context.kind === "APP_PAGE" && !entry.value?.postponed && cacheControl) {
      noteServedPage(freshness);
    }
    if (entry ? !isServedAsItIs : this.#rendersWhatItMisses) {
      this.#endRender.set(key, beginRender(lookedUpAt));
      // The render reads this worker's cached entries, and its page is dated when it was looked up: an invalidation
      // recorded before then, whose announcement this worker has not heard yet, must be applied first, or the page
      // would keep what came before it and every worker would take it for fresh.
      await catchUpWithInvalidations();
    }
    return entry;
  }

  /**
   * With partial prerendering (cacheComponents), Next stores a page's RSC payload in memory only, yet reads it back
   * from disk beside the page's HTML whenever the page has no postponed part. A page read from disk by another worker
   * (#renderedSinceByAnotherWorker) would then be missing, or, when the build's copy was promoted beside it, come with
   * the build's payload: a client-side navigation showed the list as built while the page's HTML showed it current.
   * Written before the HTML, which Next publishes last: a worker that reads the old HTML meanwhile finds it stale.
   */
  async #writeRscPayload(key, value, context) {
    const isReadBack = context?.isRoutePPREnabled && !context.isFallback && value?.postponed == null;
    if (!this.flushToDisk || value?.kind !== "APP_PAGE" || !value.rscData || !isReadBack) return;
    const file = this.getFilePath(`${key}.rsc`, "APP_PAGE");
    await this.fs.mkdir(path.dirname(file));
    await this.fs.writeFile(file, value.rscData);
  }

  /**
   * A page this worker holds in memory but finds invalidated may have been rendered again since by another worker
   * sharing the directory (production-server/workers.ts): read from disk, it is served if it is fresh, so that each
   * version of a page is rendered once between the workers rather than once by each, and they all answer with the
   * same bytes and ETag.
   */
  async #renderedSinceByAnotherWorker(lookup) {
    const [key] = lookup;
    const memory = FileSystemCache.memoryCache;
    if (!this.flushToDisk || !memory?.has(key)) return null;
    memory.remove(key);
    return super.get(...lookup);
  }

  async set(...store) {
    const [key, value, context] = store;
    const lookedUpAt = this.#lookedUpAt.get(key);
    try {
      const isOvertaken = () => lookedUpAt !== undefined && areTagsExpired(tagsOf(value), lookedUpAt);
      if (isOvertaken()) return;
      this.#writing.renderBeganAt = lookedUpAt;
      await this.#writeRscPayload(key, value, context);
      // Asked again once the payload is written, with nothing awaited before Next dates the page in memory (when it
      // is stored): an invalidation heard during that write would otherwise come before the page's date.
      if (isOvertaken()) return;
      await super.set(...store);
      if (RESPONSE_KINDS.has(value?.kind)) {
        const page = { value, cacheControl: context?.cacheControl };
        await sharedCache()?.set("page", key, lookedUpAt ?? Date.now(), page, context?.cacheControl?.expire);
      }
    } finally {
      this.#writing.renderBeganAt = undefined;
      this.#endRender.get(key)?.();
      this.#endRender.delete(key);
    }
  }
}

/**
 * A page no worker of this server holds fresh may have been rendered by another app server since (shared-cache.ts):
 * served when no invalidation this server has heard came after its render began, and kept in this worker's memory.
 */
async function renderedByAnotherServer(key) {
  const shared = await sharedCache()?.get("page", key);
  const entry = shared && { ...shared.record, lastModified: shared.madeAt };
  if (!entry || areTagsExpired(tagsOf(entry.value), entry.lastModified)) return null;
  FileSystemCache.memoryCache?.set(key, entry);
  return entry;
}

/** Per build directory, each prerendered page's lifetime as the build wrote it (prerender-manifest.json). */
const buildLifetimes = new Map();

/** The lifetime Next gives a page read from the build's files, as its IncrementalCache does; undefined for others. */
function buildLifetimeOf(serverDistDir, key) {
  if (!serverDistDir) return undefined;
  let lifetimes = buildLifetimes.get(serverDistDir);
  if (!lifetimes) {
    lifetimes = readBuildLifetimes(path.join(serverDistDir, "..", "prerender-manifest.json"));
    buildLifetimes.set(serverDistDir, lifetimes);
  }
  return lifetimes.get(pathnameOf(key));
}

/**
 * The address a page's key stands for, as the manifest names it. Next keys a response by its route and address
 * (getRouteCacheKey: `/route-cache/<kind>/<route's hash>/$<address>`, the home page's address written `/index`).
 */
function pathnameOf(key) {
  const address = /^\/route-cache\/[^/]+\/[^/]+\/\$(\/.*)$/.exec(key)?.[1];
  if (address === undefined) return key;
  return address === "/index" ? "/" : address.replace(/^\/index(?=\/index(\/|$))/, "");
}

function readBuildLifetimes(manifestFile) {
  const lifetimes = new Map();
  if (!existsSync(manifestFile)) return lifetimes;
  const { routes = {} } = JSON.parse(readFileSync(manifestFile, "utf8"));
  for (const [route, { initialRevalidateSeconds, initialExpireSeconds }] of Object.entries(routes)) {
    if (initialRevalidateSeconds === undefined) continue;
    lifetimes.set(route, { revalidate: initialRevalidateSeconds, expire: initialExpireSeconds });
  }
  return lifetimes;
}

/**
 * Next reads a stored page's file, then asks for the file's date apart. When another worker replaced the file in
 * between (it rendered the page again), the page read came with the new render's date: a version from before an
 * invalidation was taken for one rendered after it, served as fresh, and kept in every worker that read it so. Here
 * the date given is the one of the very file whose content was read.
 */
function datingWhatWasRead(fs) {
  const datesRead = new Map();
  return {
    ...fs,
    async readFile(file, encoding) {
      if (!DATED_FILE.test(file)) return fs.readFile(file, encoding);
      const handle = await open(file);
      try {
        const { mtime } = await handle.stat();
        const content = await handle.readFile(encoding);
        datesRead.set(file, mtime);
        return content;
      } finally {
        await handle.close();
      }
    },
    async stat(file) {
      const mtime = datesRead.get(file);
      if (mtime === undefined) return fs.stat(file);
      datesRead.delete(file);
      return { mtime };
    },
  };
}

/**
 * Next's file methods, writing as workers that share the cache directory (production-server/workers.ts) need. Each
 * file appears whole under its name at once (written aside, then renamed), so no worker reads half a page. And a
 * page's file is dated when its render began rather than when it was stored: another worker compares the
 * invalidations it has heard with that date, so a page whose render an invalidation overtook counts as stale there
 * too, even when it was stored before this worker heard of the invalidation and could refuse to keep it.
 */
function writingForSharedDisk(fs, writing) {
  return {
    ...fs,
    async writeFile(file, data) {
      const aside = `${file}.${randomUUID()}.tmp`;
      try {
        await writeFile(aside, data);
        const { renderBeganAt } = writing;
        if (renderBeganAt !== undefined && DATED_FILE.test(file)) {
          await utimes(aside, new Date(renderBeganAt), new Date(renderBeganAt));
        }
        await rename(aside, file);
      } catch (error) {
        await rm(aside, { force: true });
        throw error;
      }
    },
  };
}
