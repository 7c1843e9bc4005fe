// Security headers for every answer: Next adds them to its own (next.config.ts), production-server/ to those it gives
// before Next sees the request. HTML pages get a fuller Content-Security-Policy (production-server/script-policy.ts).

// form-action is left out: the GitHub and Google buttons post here and are redirected to the provider.
export const BASE_DIRECTIVES = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"];

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
