// Next writes every page it renders while serving into its dist dir's route cache (HTML, RSC payload, segments and
// metadata per page, ~115 kB) and never removes one: crawlers walking 100k films and 200k people would leave some
// 30 GB. This keeps it within PAGE_CACHE_MAX_MB: every few minutes, when it is over, the pages stored longest ago
// go first, until it is back under nine tenths of the limit. A page whose files are gone is rendered again on its
// next visit; Next reads a page it finds half gone as missing.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { getLogger } from "../lib/logger";

export const DEFAULT_PAGE_CACHE_MAX_MB = 1024;
const CHECK_INTERVAL_MS = 5 * 60 * 1000;
/** Pruned down to this share of the limit, so that it is not pruned again a few pages later. */
const PRUNED_TO = 0.9;
/** The files of one page: its name, then one of these (a directory, for the segments). */
const PAGE_FILE = /^(.*?)(\.html|\.rsc|\.meta|\.body|\.segments(?:\/.*)?)$/;

interface StoredPage {
  /** Its path in the route cache, without the suffixes. */
  base: string;
  files: string[];
  bytes: number;
  /** When the page was last stored: its newest file's modification time. */
  storedAt: number;
}

/** Where Next keeps the pages it renders while serving, in `distDir`. */
export function routeCacheDirectory(distDir: string) {
  return path.join(distDir, "server", "route-cache");
}

/** Every page in `directory`, with its files, their size and when it was stored. */
export async function storedPages(directory: string) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        // A file pruned or replaced since the directory was read has no size to count.
        return { file, info: await stat(file).catch(() => undefined) };
      }),
  );
  const pages = new Map<string, StoredPage>();
  for (const { file, info } of files) {
    const match = PAGE_FILE.exec(path.relative(directory, file));
    if (!match || !info) continue;
    const page = pages.get(match[1]!) ?? { base: match[1]!, files: [], bytes: 0, storedAt: 0 };
    page.files.push(file);
    page.bytes += info.size;
    page.storedAt = Math.max(page.storedAt, info.mtimeMs);
    pages.set(match[1]!, page);
  }
  return [...pages.values()];
}

/** Removes the pages stored longest ago until `directory` holds at most nine tenths of `maxBytes`, when it is over. */
export async function prunePageCache(directory: string, maxBytes: number) {
  const pages = await storedPages(directory);
  let bytes = pages.reduce((sum, page) => sum + page.bytes, 0);
  if (bytes <= maxBytes) return { removed: 0, bytes };
  let removed = 0;
  for (const page of pages.sort((a, b) => a.storedAt - b.storedAt)) {
    if (bytes <= maxBytes * PRUNED_TO) break;
    await Promise.all(page.files.map((file) => rm(file, { force: true })));
    await rm(path.join(directory, `${page.base}.segments`), { recursive: true, force: true });
    bytes -= page.bytes;
    removed += 1;
  }
  return { removed, bytes };
}

/** Checks the route cache of `distDir` now and every few minutes, for as long as the process runs. */
export function keepPageCacheWithin(distDir: string, maxMegabytes: number) {
  const directory = routeCacheDirectory(distDir);
  const check = () =>
    prunePageCache(directory, maxMegabytes * 1024 * 1024).then(
      ({ removed, bytes }) => {
        if (removed > 0) getLogger().info({ removed, megabytes: Math.round(bytes / 1024 / 1024) }, "page cache pruned");
      },
      (error: unknown) => getLogger().warn({ err: error }, "pruning the page cache failed"),
    );
  void check();
  setInterval(check, CHECK_INTERVAL_MS).unref();
}
