/** The public address of this Marquee, for canonical links and feeds: SITE_URL, else AUTH_URL, else localhost. */
export function siteUrl() {
  return new URL(process.env.SITE_URL ?? process.env.AUTH_URL ?? "http://localhost:3000");
}
