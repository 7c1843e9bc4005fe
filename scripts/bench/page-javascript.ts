// The JavaScript a page makes the browser download: every chunk its HTML names (script tags, preloads and the
// client components in the inline RSC payload), gzipped as `next start` serves them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { APP_DIST_DIR } from "./app-server";

export interface PageJavaScript {
  chunks: number;
  gzipBytes: number;
}

export async function measurePageJavaScript(html: string): Promise<PageJavaScript> {
  const chunkPaths = new Set([...html.matchAll(/\/_next\/static\/([\w/.-]+?\.js)\b/g)].map((match) => match[1]!));
  let gzipBytes = 0;
  for (const chunk of chunkPaths) {
    gzipBytes += gzipSync(await readFile(path.join(APP_DIST_DIR, "static", chunk))).length;
  }
  return { chunks: chunkPaths.size, gzipBytes };
}
