// The JavaScript a page makes the browser download: every chunk its HTML names (script tags, preloads and the
// client components in the inline RSC payload), gzipped as `next start` serves them, told apart by whose it is: the
// framework's (the build's root main files, and the chunks only Next's own client components need, by the route's
// client reference manifest) or the page's.
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
  /**
   * What every page loads: React, React DOM, Next's router and Turbopack's runtime (the build's root main files), and
   * the App Router's own client components (its layout router, error boundaries) that every page's payload names.
   */
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

const chunkOf = (file: string) => file.replace(/^static\//, "").replace(/^\/_next\/static\//, "");

/** What a route's client reference manifest says of each client module a page may name: the chunks it needs. */
export type ClientModules = Record<string, { chunks: string[] }>;

/** Next's own modules, as the manifest names them (`[project]/node_modules/next/dist/…`). */
const NEXTS_OWN = /^\[project\]\/node_modules\/next\//;

/**
 * The chunks that only Next's own client components need: Next's, though they are not root main files. A chunk
 * that any other module needs (Marquee's components, next-intl's) counts as the page's, whatever else it holds.
 */
export function chunksOnlyNextNeeds(clientModules: ClientModules) {
  const needers = new Map<string, string[]>();
  for (const [module, { chunks }] of Object.entries(clientModules)) {
    for (const chunk of chunks.map(chunkOf)) needers.set(chunk, [...(needers.get(chunk) ?? []), module]);
  }
  return new Set(
    [...needers].filter(([, modules]) => modules.every((module) => NEXTS_OWN.test(module))).map(([chunk]) => chunk),
  );
}

/** The client modules of a route (`/[locale]/films/[slug]/page`), from the manifest the build writes beside it. */
async function clientModulesOf(route: string): Promise<ClientModules> {
  const file = path.join(APP_DIST_DIR, "server", "app", `${route}_client-reference-manifest.js`);
  // The file assigns one JSON object: globalThis.__RSC_MANIFEST["<route>"] = {…};
  const manifest = /=\s*(\{.*\});?\s*$/s.exec(await readFile(file, "utf8"))?.[1];
  if (!manifest) throw new Error(`${file} does not hold the client reference manifest the bench reads.`);
  return (JSON.parse(manifest) as { clientModules: ClientModules }).clientModules;
}

export async function measurePageJavaScript(html: string, route: string): Promise<PageJavaScript> {
  const manifest = JSON.parse(await readFile(path.join(APP_DIST_DIR, "build-manifest.json"), "utf8")) as BuildManifest;
  const framework = new Set([
    ...manifest.rootMainFiles.map(chunkOf),
    ...chunksOnlyNextNeeds(await clientModulesOf(route)),
  ]);
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
