import { mkdir, mkdtemp, readdir, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prunePageCache } from "./page-cache-limit";

const KB = 1024;

/** A page as Next stores it: HTML, RSC payload, metadata and segments, `kilobytes` in all, stored at `storedAt`. */
async function storePage(directory: string, name: string, kilobytes: number, storedAt: Date) {
  const base = path.join(directory, "films", name);
  await mkdir(`${base}.segments`, { recursive: true });
  const files = [`${base}.html`, `${base}.rsc`, `${base}.meta`, `${base}.segments/_tree.segment.rsc`];
  for (const file of files) {
    await writeFile(file, Buffer.alloc((kilobytes * KB) / files.length));
    await utimes(file, storedAt, storedAt);
  }
}

async function pagesLeft(directory: string) {
  return (await readdir(path.join(directory, "films"))).filter((name) => name.endsWith(".html")).sort();
}

describe("prunePageCache", () => {
  it("leaves a cache within its limit as it is", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "marquee-route-cache-"));
    await storePage(directory, "a", 40, new Date(2026, 0, 1));
    await storePage(directory, "b", 40, new Date(2026, 0, 2));

    expect(await prunePageCache(directory, 100 * KB)).toEqual({ removed: 0, bytes: 80 * KB });
    expect(await pagesLeft(directory)).toEqual(["a.html", "b.html"]);
  });

  it("removes the pages stored longest ago, every file of each, to nine tenths of the limit", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "marquee-route-cache-"));
    const days = { old: 3, older: 2, newest: 5, oldest: 1, new: 4 };
    for (const [name, day] of Object.entries(days)) await storePage(directory, name, 40, new Date(2026, 0, day));

    // 200 kB against a limit of 120: down to 108 or less, so three pages go.
    expect(await prunePageCache(directory, 120 * KB)).toEqual({ removed: 3, bytes: 80 * KB });
    expect(await pagesLeft(directory)).toEqual(["new.html", "newest.html"]);
    expect((await readdir(path.join(directory, "films"))).sort()).toEqual([
      "new.html",
      "new.meta",
      "new.rsc",
      "new.segments",
      "newest.html",
      "newest.meta",
      "newest.rsc",
      "newest.segments",
    ]);
  });

  it("finds nothing to remove when no page was rendered yet", async () => {
    expect(await prunePageCache(path.join(tmpdir(), "marquee-no-such-cache"), KB)).toEqual({ removed: 0, bytes: 0 });
  });
});
