// Security headers for every answer: Next adds them to its own (next.config.ts), production-server/ to those it gives
// before Next sees the request. HTML pages get a fuller Content-Security-Policy (production-server/script-policy.ts).
import { configuredOAuthProviders, type OAuthProviderId } from "./env";

export const BASE_DIRECTIVES = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"];

// Where the GitHub and Google buttons' forms end up: they post here and are redirected to the provider, which a
// form-action without it would stop.
const OAUTH_AUTHORIZATION_ORIGINS: Record<OAuthProviderId, string> = {
  github: "https://github.com",
  google: "https://accounts.google.com",
};

/**
 * What an HTML page may load beside its scripts (production-server/script-policy.ts): everything from this site
 * only. Images also as data: URLs (Next's placeholders). Style elements only from this site's stylesheets; style
 * attributes inline, as React writes computed ones (a poster's colours), which can restyle but never run code.
 */
export function pageDirectives() {
  const formTargets = configuredOAuthProviders().map((id) => OAUTH_AUTHORIZATION_ORIGINS[id]);
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    ["form-action 'self'", ...formTargets].join(" "),
  ];
}

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: BASE_DIRECTIVES.join("; ") },
  // Browsers only honour it over HTTPS, so it is harmless on a plain-HTTP development or test server.
  { key: "Strict-Transport-Security", value: "max-age=63072000" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // A page opened from Marquee, or opening it, gets no handle on its window (sign-in goes by redirect, not popup).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];
