// The public API's answers: JSON checked against its schema, permanent redirects, and RFC 9457 problems.
import type { z } from "zod";
import { siteUrl } from "@/lib/site";
import type { RateLimitVerdict } from "./rate-limit";
import type { ParameterError } from "./params";
import type { Problem } from "./schemas";

/**
 * Browsers and clients may reuse a body for a minute, shared caches for five: the data behind it is cached anyway and
 * refreshed by tag when it changes, so this only bounds how stale a copy outside the app may be.
 */
export const SUCCESS_CACHE_CONTROL = "public, max-age=60, s-maxage=300";

/** Any web page may read the API; these headers are what a script there may see of a response. */
const CROSS_ORIGIN_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset",
};

export const PROBLEMS = {
  "bad-request": { status: 400, title: "Invalid parameters" },
  "not-found": { status: 404, title: "Not found" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  "server-error": { status: 500, title: "Something went wrong" },
  unavailable: { status: 503, title: "Temporarily unavailable" },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

/** Problem types are explained on the /api page, each under its own heading. */
export function problemTypeUrl(kind: ProblemKind) {
  return new URL(`/api#problem-${kind}`, siteUrl()).toString();
}

/** A 200 with `body` parsed by `schema`, so it carries exactly the documented fields or fails loudly as a 500. */
export function apiJson<Schema extends z.ZodType>(schema: Schema, body: z.input<Schema>) {
  return Response.json(schema.parse(body), {
    headers: { "Cache-Control": SUCCESS_CACHE_CONTROL, ...CROSS_ORIGIN_HEADERS },
  });
}

/** A renamed film or person: 308 keeps the method and tells clients to use the new address from now on. */
export function apiRedirect(location: string) {
  return new Response(null, {
    status: 308,
    headers: { Location: location, "Cache-Control": SUCCESS_CACHE_CONTROL, ...CROSS_ORIGIN_HEADERS },
  });
}

export function problemResponse(
  kind: ProblemKind,
  detail: string,
  { errors, headers = {} }: { errors?: ParameterError[]; headers?: Record<string, string> } = {},
) {
  const { status, title } = PROBLEMS[kind];
  const body: Problem = { type: problemTypeUrl(kind), title, status, detail, ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      ...CROSS_ORIGIN_HEADERS,
      ...headers,
    },
  });
}

export function invalidParameters(errors: ParameterError[]) {
  const names = [...new Set(errors.map((error) => error.parameter))].join(", ");
  return problemResponse("bad-request", `Check the parameters: ${names}.`, { errors });
}

/** The limit, what is left of it and when it resets, on every response (the IETF draft's RateLimit-* fields). */
export function rateLimitHeaders({ limit, remaining, resetSeconds }: RateLimitVerdict): Record<string, string> {
  return {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(remaining),
    "RateLimit-Reset": String(resetSeconds),
  };
}

export function tooManyRequests(verdict: RateLimitVerdict) {
  return problemResponse(
    "too-many-requests",
    `At most ${verdict.limit} requests a minute are answered for one address. Try again in ${verdict.resetSeconds} seconds.`,
    { headers: { "Retry-After": String(verdict.resetSeconds) } },
  );
}
