import { env, type Environment } from "./env";

const LOCAL_SITE_URL = "http://localhost:3000";

/** The public address of this Marquee, for canonical links and feeds: SITE_URL, else AUTH_URL, else localhost. */
export function siteUrl() {
  const { SITE_URL, AUTH_URL } = env();
  return new URL(SITE_URL ?? AUTH_URL ?? LOCAL_SITE_URL);
}

/**
 * The line the production server logs at start when siteUrl() would fall back to localhost, else undefined: nothing
 * on the site looks wrong, yet search engines are told that every page lives on localhost.
 */
export function unsetSiteUrlWarning({ SITE_URL, AUTH_URL }: Pick<Environment, "SITE_URL" | "AUTH_URL">) {
  if (SITE_URL ?? AUTH_URL) return undefined;
  return `SITE_URL is not set: canonical and sitemap links will name ${LOCAL_SITE_URL} until it is`;
}
