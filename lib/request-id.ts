// Every request gets an id (production-server/request-gate.ts): kept from a proxy in front when it sent a plausible one, so its
// logs and ours line up, else made here. It goes back in the response's X-Request-Id and into every log line of the request.

export const REQUEST_ID_HEADER = "x-request-id";

/** Letters, digits, dots, underscores and dashes, 8–128 of them: a UUID, a ULID, a load balancer's trace id. */
const PLAUSIBLE_REQUEST_ID = /^[\w.-]{8,128}$/;

/**
 * The request's id. Anything else a client sends (a line break to forge a log line, a megabyte) is replaced rather
 * than trusted.
 */
export function requestIdFor(incoming: string | null): string {
  return incoming && PLAUSIBLE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
