// What the app leaves on disk of the pages it rendered while the bench ran. Next writes every page it renders at
// request time under its dist dir's route cache (HTML, RSC payload and segments) and never removes one, so this is
// what each page visited once costs the operator's disk (docs/scaling.md).
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { APP_DIST_DIR } from "./app-server";

export interface PageCacheOnDisk {
  pages: number;
  bytes: number;
}

export async function measurePageCacheOnDisk(): Promise<PageCacheOnDisk> {
  const directory = path.join(APP_DIST_DIR, "server", "route-cache");
  // Absent when the run rendered no page at request time.
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size),
  );
  return {
    pages: files.filter((entry) => entry.name.endsWith(".html")).length,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
  };
}
