// The server's one logger: JSON lines on standard output (what journald, Docker and log shippers collect), at
// LOG_LEVEL (default "info"; "silent" in tests). Each line of a request carries its id (lib/request-id.ts), so one
// request's lines can be found together and matched with the X-Request-Id a visitor reports.
import pino, { type DestinationStream, type Logger } from "pino";
import { REQUEST_ID_HEADER } from "./request-id";
import { env } from "./env";

/**
 * Fields that can hold a secret, censored at any depth a log call could reach: a form's password fields, a token,
 * the headers that carry the session. Typed usernames are never logged either (people type passwords into them),
 * which is a rule for callers, not a field name.
 */
const SECRET_FIELDS = [
  "password",
  "currentPassword",
  "newPassword",
  "deleteConfirmation",
  "passwordHash",
  "token",
  "secret",
  "authorization",
  "cookie",
];

const redactedPaths = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

/** A logger writing to `destination` (standard output by default); tests pass a stream to read what was written. */
export function createLogger(destination?: DestinationStream, level: string = env().LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "marquee" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactedPaths, censor: "[redacted]" },
      // Errors as their class, message and stack, in the fields log tools expect.
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

// On globalThis so that production-server/ and every route bundle share one logger per process.
const globalForLogger = globalThis as unknown as { marqueeLogger?: Logger };

export function getLogger(): Logger {
  globalForLogger.marqueeLogger ??= createLogger();
  return globalForLogger.marqueeLogger;
}

/** The logger for one request: every line carries the request's id, when the request came through production-server/. */
export function requestLogger(headers: Pick<Headers, "get">): Logger {
  return getLogger().child({ requestId: headers.get(REQUEST_ID_HEADER) ?? undefined });
}
