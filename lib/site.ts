import { env } from "./env";

/** The public address of this Marquee, for canonical links and feeds: SITE_URL, else AUTH_URL, else localhost. */
export function siteUrl() {
  const { SITE_URL, AUTH_URL } = env();
  return new URL(SITE_URL ?? AUTH_URL ?? "http://localhost:3000");
}
