// The JavaScript a page makes the browser download: every chunk its HTML names (script tags, preloads and the
// client components in the inline RSC payload), gzipped as `next start` serves them, told apart by whose it is.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { APP_DIST_DIR } from "./app-server";

/** Gzipped bytes and chunk count of one share of a page's JavaScript. */
export interface JavaScriptShare {
  chunks: number;
  gzipBytes: number;
}

export interface PageJavaScript {
  /** What every page loads: React, React DOM, Next's router and Turbopack's runtime (the build's root main files). */
  framework: JavaScriptShare;
  /** The page's own chunks: Marquee's client components with the parts of Next they import (link, image). */
  page: JavaScriptShare;
  /** Next's polyfills, in a `nomodule` script: only browsers without JavaScript modules download them. */
  polyfills: JavaScriptShare;
}

interface BuildManifest {
  rootMainFiles: string[];
  polyfillFiles: string[];
}

const chunkOf = (file: string) => file.replace(/^static\//, "");

export async function measurePageJavaScript(html: string): Promise<PageJavaScript> {
  const manifest = JSON.parse(await readFile(path.join(APP_DIST_DIR, "build-manifest.json"), "utf8")) as BuildManifest;
  const framework = new Set(manifest.rootMainFiles.map(chunkOf));
  const polyfills = new Set(manifest.polyfillFiles.map(chunkOf));
  const shares: PageJavaScript = {
    framework: { chunks: 0, gzipBytes: 0 },
    page: { chunks: 0, gzipBytes: 0 },
    polyfills: { chunks: 0, gzipBytes: 0 },
  };
  const chunks = new Set([...html.matchAll(/\/_next\/static\/([\w/.-]+?\.js)\b/g)].map((match) => match[1]!));
  for (const chunk of chunks) {
    const share = framework.has(chunk) ? shares.framework : polyfills.has(chunk) ? shares.polyfills : shares.page;
    share.chunks += 1;
    share.gzipBytes += gzipSync(await readFile(path.join(APP_DIST_DIR, "static", chunk))).length;
  }
  return shares;
}
