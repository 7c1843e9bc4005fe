// Every environment variable the README lists, in one place, validated with zod: the app reads its settings here, and
// the start (scripts/with-database.ts, production-server/) refuses a bad one with a line naming it, rather than failing
// later somewhere far from the cause. Unset variables take the defaults the README gives, where they are used.
import { z } from "zod";
import { proxyTrust } from "./client-address";

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" });
const webUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });
/** Set, or unset: an empty value counts as unset, as shells and .env files write it. */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const environmentSchema = z.object({
  DATABASE_URL: optional(postgresUrl),
  DATABASE_REPLICA_URLS: optional(
    z
      .string()
      .transform((value) => value.split(/[\s,]+/).filter(Boolean))
      .refine(
        (urls) => urls.every((url) => postgresUrl.safeParse(url).success),
        "must be postgres:// URLs separated by commas",
      ),
  ),
  TEST_DATABASE_URL: optional(postgresUrl),
  SITE_URL: optional(webUrl),
  AUTH_SECRET: optional(z.string().min(16, "must be at least 16 characters (openssl rand -base64 32)")),
  AUTH_URL: optional(webUrl),
  AUTH_TRUST_HOST: optional(z.enum(["true", "false", "1", "0"], { error: "must be true or false" })),
  AUTH_GITHUB_ID: optional(z.string()),
  AUTH_GITHUB_SECRET: optional(z.string()),
  AUTH_GOOGLE_ID: optional(z.string()),
  AUTH_GOOGLE_SECRET: optional(z.string()),
  API_RATE_LIMIT_PER_MINUTE: optional(
    z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1"),
  ),
  WEB_CONCURRENCY: optional(
    z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1"),
  ),
  PAGE_CACHE_MAX_MB: optional(
    z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(16, "must be at least 16"),
  ),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" })),
  REDIS_KEY_PREFIX: optional(z.string().min(1)),
  POSTER_DIR: optional(z.string()),
  TMDB_API_KEY: optional(z.string()),
  TMDB_API_URL: optional(webUrl),
  TRUSTED_PROXIES: optional(
    z
      .string()
      .refine(
        (setting) => isProxyTrust(setting),
        "must be a number of hops, or addresses and CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas",
      ),
  ),
  LOG_LEVEL: optional(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    }),
  ),
  CHROMIUM_PATH: optional(z.string()),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
  MAIL_FROM: optional(z.string().min(3, "must be an address, e.g. Marquee <films@example.org>")),
});

function isProxyTrust(setting: string) {
  try {
    proxyTrust(setting);
    return true;
  } catch {
    return false;
  }
}

export type Environment = z.infer<typeof environmentSchema>;

/** One line per bad variable, naming it: what the start prints before it stops. */
export function environmentProblems(source: Record<string, string | undefined>): string[] {
  const parsed = environmentSchema.safeParse(source);
  if (parsed.success) return [];
  const byVariable = new Map(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  return [...byVariable].map(([variable, message]) => `${variable} ${message}`);
}

export type OAuthProviderId = "github" | "google";

/** The OAuth providers the operator switched on, each by its id and secret alone (Auth.js reads them itself). */
export function configuredOAuthProviders(): OAuthProviderId[] {
  const settings = env();
  return [
    settings.AUTH_GITHUB_ID && settings.AUTH_GITHUB_SECRET ? ("github" as const) : undefined,
    settings.AUTH_GOOGLE_ID && settings.AUTH_GOOGLE_SECRET ? ("google" as const) : undefined,
  ].filter((id) => id !== undefined);
}

const SETTING_NAMES = Object.keys(environmentSchema.shape);
let lastRead: { values: (string | undefined)[]; settings: Environment } | undefined;

/**
 * The settings, read now from process.env (tests and the launcher may change it between reads). Parsed again only
 * when one of them changed: pages ask for them in every render, and parsing them all took a millisecond of each.
 */
export function env(): Environment {
  const values = SETTING_NAMES.map((name) => process.env[name]);
  if (lastRead?.values.every((value, index) => value === values[index])) return lastRead.settings;
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment:\n${environmentProblems(process.env).join("\n")}`);
  lastRead = { values, settings: parsed.data };
  return parsed.data;
}

/** At start: stops the process with one line per bad variable. */
export function exitOnInvalidEnvironment() {
  const problems = environmentProblems(process.env);
  if (problems.length === 0) return;
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
