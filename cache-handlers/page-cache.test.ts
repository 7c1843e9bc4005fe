// The page cache against Next's own file-system cache and tags manifest, in memory: a page whose render an
// invalidation overtook is not kept, and renders under way are known until they store their page.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GetIncrementalResponseCacheHandlerContext } from "next/dist/server/response-cache/types";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { getRouteCacheKey } from "next/dist/server/lib/route-cache-key.js";
import type { RouteKind } from "next/dist/server/route-kind.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideCatchUp } from "./catch-up-slot.mjs";
import PageCache from "./page-cache.mjs";
import { rendersBegunBy } from "./renders-in-flight.mjs";
import { followServedPage, type ServedPageRecord } from "./served-page-slot.mjs";
import { provideSharedCache, type SharedRecord } from "./shared-cache-slot.mjs";

const { default: FileSystemCache } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/file-system-cache.js",
) as { default: { memoryCache: { set: (key: string, entry: object) => void } } };
const { nodeFs } = createRequire(import.meta.url)(
  "next/dist/server/lib/node-fs-methods.js",
) as typeof import("next/dist/server/lib/node-fs-methods.js");

const buildDir = mkdtempSync(path.join(tmpdir(), "marquee-page-cache-"));
const serverDistDir = path.join(buildDir, "server");
mkdirSync(serverDistDir);
// What `next build` writes of the pages it prerendered: their lifetimes.
writeFileSync(
  path.join(buildDir, "prerender-manifest.json"),
  JSON.stringify({
    routes: {
      "/films/prerendered": { initialRevalidateSeconds: 300, initialExpireSeconds: 86400 },
      "/": { initialRevalidateSeconds: 60, initialExpireSeconds: 3600 },
    },
  }),
);
// Next's enum of kinds is a type only here; its values are these strings.
const PAGE = { kind: "APP_PAGE", isFallback: false } as unknown as GetIncrementalResponseCacheHandlerContext;
let keys = 0;

/** What Next's IncrementalCache makes for each request: a handler of its own, over the process's one memory cache. */
function requestCache(requestHeaders: Record<string, string> = {}, { flushToDisk = false } = {}) {
  return new PageCache({ ...requestCacheContext(requestHeaders), flushToDisk });
}

/** A request's handler writing to disk through Next's file methods, some of them replaced to time what they do. */
function diskCacheWith(methods: Partial<typeof nodeFs>) {
  return new PageCache({ ...requestCacheContext(), flushToDisk: true, fs: { ...nodeFs, ...methods } });
}

function requestCacheContext(requestHeaders: Record<string, string> = {}) {
  return {
    fs: nodeFs,
    serverDistDir,
    flushToDisk: false,
    maxMemoryCacheSize: 1024 * 1024,
    revalidatedTags: [],
    _requestHeaders: requestHeaders,
    dev: false,
  };
}

function renderedPage(tags: string[]) {
  return {
    kind: "APP_PAGE",
    html: "<p>rendered</p>",
    rscData: Buffer.from("0:rendered"),
    headers: { "x-next-cache-tags": tags.join(",") },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  } as unknown as Parameters<PageCache["set"]>[1];
}

/** Marks `tag` expired now, as Next's handlers do for updateTag. */
function invalidate(tag: string) {
  tagsManifest.set(tag, { expired: Date.now() });
}

async function store(cache: PageCache, key: string, tags: string[]) {
  await storePage(cache, key, renderedPage(tags));
}

/** Stores `value` as Next does once a page's render is done, with a lifetime of 15 minutes. */
async function storePage(cache: PageCache, key: string, value: unknown, context = PAGE) {
  await cache.set(key, value as never, { ...context, cacheControl: { revalidate: 900, expire: undefined } });
}

async function isRenderedUnder(time: number) {
  let hasEnded = false;
  void rendersBegunBy(time).then(() => (hasEnded = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return !hasEnded;
}

describe("PageCache", () => {
  it("keeps a page rendered with nothing invalidated during its render", async () => {
    const [key, tag] = [`/films/kept-${++keys}`, `film:${keys}`];
    const cache = requestCache();
    expect(await cache.get(key, PAGE)).toBeNull();
    await store(cache, key, [tag]);

    expect((await requestCache().get(key, PAGE))?.value).toMatchObject({ html: "<p>rendered</p>" });
  });

  it("does not keep a page whose render an invalidation of what it shows overtook", async () => {
    const [key, tag] = [`/films/overtaken-${++keys}`, `film:${keys}`];
    const cache = requestCache();
    expect(await cache.get(key, PAGE)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    invalidate(tag);
    await store(cache, key, ["_N_T_/layout", tag]);

    const next = requestCache();
    expect(await next.get(key, PAGE)).toBeNull();
    // The next request renders the page again, after the invalidation: that one is kept.
    await store(next, key, ["_N_T_/layout", tag]);
    expect(await requestCache().get(key, PAGE)).not.toBeNull();
  });

  it("counts a render as under way from the lookup that found no page until it stores one", async () => {
    const key = `/films/in-flight-${++keys}`;
    const cache = requestCache();
    await cache.get(key, PAGE);
    expect(await isRenderedUnder(Date.now())).toBe(true);

    await store(cache, key, [`film:${keys}`]);
    expect(await isRenderedUnder(Date.now())).toBe(false);
  });

  it("counts no render after a lookup that found a fresh page", async () => {
    const key = `/films/fresh-${++keys}`;
    const renderer = requestCache();
    await renderer.get(key, PAGE);
    await store(renderer, key, [`film:${keys}`]);

    expect(await requestCache().get(key, PAGE)).not.toBeNull();
    expect(await isRenderedUnder(Date.now())).toBe(false);
  });

  it("catches up with the invalidations recorded elsewhere before a render, and not before serving a fresh page", async () => {
    let catchUps = 0;
    provideCatchUp(async () => void catchUps++);
    try {
      const key = `/films/caught-up-${++keys}`;
      const renderer = requestCache();
      await renderer.get(key, PAGE);
      expect(catchUps).toBe(1);
      await store(renderer, key, [`film:${keys}`]);

      expect(await requestCache().get(key, PAGE)).not.toBeNull();
      expect(catchUps).toBe(1);
    } finally {
      provideCatchUp(undefined);
    }
  });

  it("notes a stored page it serves as it is for the request being followed, and not one it renders again", async () => {
    const [key, tag] = [`/films/noted-${++keys}`, `film:${keys}`];
    const renderer = requestCache();
    await renderer.get(key, PAGE);
    await store(renderer, key, [tag]);

    const served: ServedPageRecord = {};
    await followServedPage(served, () => requestCache().get(key, PAGE));
    expect(served.freshness).toMatchObject({ tags: [tag], cacheControl: { revalidate: 900 } });

    await new Promise((resolve) => setTimeout(resolve, 5));
    invalidate(tag);
    const renderedAgain: ServedPageRecord = {};
    const rerenderer = requestCache();
    await followServedPage(renderedAgain, () => rerenderer.get(key, PAGE));
    expect(renderedAgain.freshness).toBeUndefined();
    await store(rerenderer, key, [tag]);
  });

  it("notes a page read from the build's files with the lifetime the build wrote for it, and no page without one", async () => {
    // Keyed as Next's IncrementalCache keys a page for its cache handler: by route and address.
    const keyOf = (address: string) =>
      getRouteCacheKey(address, { kind: "APP_PAGE" as RouteKind, sourceRoute: "/films/[slug]/page" });
    const fromTheBuild = { value: renderedPage(["film:prerendered"]), lastModified: Date.now() };
    FileSystemCache.memoryCache.set(keyOf("/films/prerendered"), fromTheBuild);
    FileSystemCache.memoryCache.set(keyOf("/films/no-lifetime"), { ...fromTheBuild });
    FileSystemCache.memoryCache.set(keyOf("/"), { ...fromTheBuild });
    const prerendered: ServedPageRecord = {};
    const withoutLifetime: ServedPageRecord = {};
    const home: ServedPageRecord = {};
    await followServedPage(prerendered, () => requestCache().get(keyOf("/films/prerendered"), PAGE));
    await followServedPage(withoutLifetime, () => requestCache().get(keyOf("/films/no-lifetime"), PAGE));
    await followServedPage(home, () => requestCache().get(keyOf("/"), PAGE));
    expect(prerendered.freshness?.cacheControl).toEqual({ revalidate: 300, expire: 86400 });
    expect(home.freshness?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
    expect(withoutLifetime.freshness).toBeUndefined();
  });

  it("counts no render after a server action's or a dynamic navigation's lookup that found nothing", async () => {
    // They look the page up only to resume from it, and render nothing for the cache: waited for, each would hold
    // every write made meanwhile for RENDER_WAIT_MS (5 members posting at once took 2.2 s a post).
    for (const headers of [{ "next-action": "7f3a" }, { rsc: "1" }] as Record<string, string>[]) {
      await requestCache(headers).get(`/films/resumed-${++keys}`, PAGE);
      expect(await isRenderedUnder(Date.now()), JSON.stringify(headers)).toBe(false);
    }
  });

  it("writes a page to disk whole, dated when its render began, for the workers that share the directory", async () => {
    const key = `/films/shared-${++keys}`;
    const cache = requestCache({}, { flushToDisk: true });
    const lookedUpBy = Date.now();
    await cache.get(key, PAGE);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store(cache, key, [`film:${keys}`]);

    const file = path.join(serverDistDir, "app", `${key}.html`);
    expect(await readFile(file, "utf8")).toBe("<p>rendered</p>");
    // Another worker that heard of an invalidation during the render must find the page older than it.
    expect((await stat(file)).mtimeMs).toBeLessThan(lookedUpBy + 100);
    expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(lookedUpBy - 1);
    expect((await readdir(path.dirname(file))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("serves a page another worker rendered after an invalidation, its RSC payload too, rather than rendering it once more", async () => {
    // As the app's pages are cached: with partial prerendering, which Next stores the RSC payload of in memory only.
    const page = { ...PAGE, isRoutePPREnabled: true } as GetIncrementalResponseCacheHandlerContext;
    const [key, tag] = [`/films/rendered-elsewhere-${++keys}`, `film:${keys}`];
    const here = requestCache({}, { flushToDisk: true });
    await here.get(key, page);
    await store(here, key, [tag]);
    const before = (await requestCache().get(key, page))!;
    // The build's payload, as Next leaves it beside a page it promoted from the build's files.
    await writeFile(path.join(serverDistDir, "app", `${key}.rsc`), "0:as built");
    await new Promise((resolve) => setTimeout(resolve, 5));
    invalidate(tag);
    await new Promise((resolve) => setTimeout(resolve, 5));

    // Another worker renders the page again and stores it in the directory they share; this one still holds the
    // version from before the invalidation in its memory.
    const elsewhere = requestCache({}, { flushToDisk: true });
    await elsewhere.get(key, page);
    const renderedAgain = { ...renderedPage([tag]), html: "<p>rendered again</p>", rscData: Buffer.from("0:again") };
    await storePage(elsewhere, key, renderedAgain, page);
    FileSystemCache.memoryCache.set(key, before);

    const entry = await requestCache({}, { flushToDisk: true }).get(key, page);
    expect(entry?.value).toMatchObject({ html: "<p>rendered again</p>" });
    expect(String((entry?.value as { rscData?: Buffer }).rscData)).toBe("0:again");
  });

  it("does not keep a page when an invalidation is heard while its RSC payload is written to disk", async () => {
    const page = { ...PAGE, isRoutePPREnabled: true } as GetIncrementalResponseCacheHandlerContext;
    const [key, tag] = [`/films/overtaken-while-written-${++keys}`, `film:${keys}`];
    let isArmed = false;
    const cache = diskCacheWith({
      // The page cache makes the payload's directory first: the writer's invalidation lands then.
      async mkdir(directory: string) {
        if (isArmed) {
          isArmed = false;
          await new Promise((resolve) => setTimeout(resolve, 5));
          invalidate(tag);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return nodeFs.mkdir(directory);
      },
    });
    await cache.get(key, page);
    isArmed = true;
    await storePage(cache, key, renderedPage([tag]), page);

    expect(isArmed).toBe(false);
    expect(await requestCache({}, { flushToDisk: true }).get(key, page)).toBeNull();
  });

  it("dates a page read from disk by the file read, when another worker replaces the file before Next asks its date", async () => {
    const [key, tag] = [`/films/replaced-${++keys}`, `film:${keys}`];
    const before = requestCache({}, { flushToDisk: true });
    await before.get(key, PAGE);
    await storePage(before, key, { ...renderedPage([tag]), html: "<p>before</p>" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    invalidate(tag);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const elsewhere = requestCache({}, { flushToDisk: true });
    await elsewhere.get(key, PAGE);
    let isReplaced = false;
    const replace = async () => {
      isReplaced = true;
      const renderedAgain = { ...renderedPage([tag]), html: "<p>rendered again</p>" };
      await storePage(elsewhere, key, renderedAgain);
    };
    // This worker finds the page it holds invalidated and reads it from disk; the other worker's new file lands
    // between Next's read of the page and its question for the file's date.
    const reader = diskCacheWith({
      async stat(file: string) {
        if (file.endsWith(`${key}.html`) && !isReplaced) await replace();
        return nodeFs.stat(file);
      },
    });

    const read = await reader.get(key, PAGE);
    expect(read?.value ?? null).not.toMatchObject({ html: "<p>before</p>" });
    if (!isReplaced) await replace();
    expect((await requestCache({}, { flushToDisk: true }).get(key, PAGE))?.value).toMatchObject({
      html: "<p>rendered again</p>",
    });
  });

  describe("with pages shared between app servers", () => {
    // Another app server's pages, as shared-cache.ts hands them over (its Redis tier is tested on Redis itself).
    const otherServers = new Map<string, SharedRecord>();
    beforeAll(() =>
      provideSharedCache({
        isSharing: () => true,
        countHit: async () => null,
        get: async (kind, key) => (otherServers.get(`${kind}:${key}`) as never) ?? null,
        set: async (kind, key, madeAt, record) => void otherServers.set(`${kind}:${key}`, { madeAt, record }),
      }),
    );
    afterAll(() => provideSharedCache(undefined));

    it("shares each page it keeps, dated when its render began", async () => {
      const key = `/films/shared-out-${++keys}`;
      const cache = requestCache();
      const lookedUpBy = Date.now();
      await cache.get(key, PAGE);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await store(cache, key, [`film:${keys}`]);

      const shared = otherServers.get(`page:${key}`);
      expect(shared?.record).toMatchObject({ value: { html: "<p>rendered</p>" } });
      expect(shared?.madeAt).toBeLessThan(lookedUpBy + 40);
    });

    it("serves a page another server rendered after the last invalidation it heard, and not one from before", async () => {
      const [fresh, overtaken, tag] = [`/films/from-afar-${++keys}`, `/films/overtaken-afar-${keys}`, `film:${keys}`];
      otherServers.set(`page:${overtaken}`, { madeAt: Date.now() - 10, record: { value: renderedPage([tag]) } });
      invalidate(tag);
      await new Promise((resolve) => setTimeout(resolve, 5));
      otherServers.set(`page:${fresh}`, { madeAt: Date.now(), record: { value: renderedPage([tag]) } });

      expect((await requestCache().get(fresh, PAGE))?.value).toMatchObject({ html: "<p>rendered</p>" });
      expect(await requestCache().get(overtaken, PAGE)).toBeNull();
      // Served from this server's memory from then on.
      otherServers.clear();
      expect(await requestCache().get(fresh, PAGE)).not.toBeNull();
    });
  });
});
