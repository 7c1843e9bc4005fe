// What the app leaves on disk of the pages it rendered while the bench ran: what each page visited once costs the
// operator's disk (docs/scaling.md), before production-server/page-cache-limit.ts prunes it.
import { routeCacheDirectory, storedPages } from "../../production-server/page-cache-limit";
import { APP_DIST_DIR } from "./app-server";

export interface PageCacheOnDisk {
  pages: number;
  bytes: number;
}

export async function measurePageCacheOnDisk(): Promise<PageCacheOnDisk> {
  const pages = await storedPages(routeCacheDirectory(APP_DIST_DIR));
  return { pages: pages.length, bytes: pages.reduce((sum, page) => sum + page.bytes, 0) };
}
