// What every request meets before Next sees it:
// - its id (lib/request-id.ts), passed on to the app as a request header and back to the client as X-Request-Id;
// - its client's address (lib/client-address.ts), passed on too;
// - a 400 for a path that cannot be decoded or holds NUL (lib/request-path.ts);
// - a 413 for a body declared larger than its path accepts, sent before a byte of it is read (lib/body-limits.ts),
//   or, for a body sent without a length, as soon as its bytes pass that limit (body-counter.ts);
// - a 403 for a form posted to a page from another site, or from none (lib/form-post-origin.ts);
// - while the database is down (db/outage.ts), the "temporarily unavailable" answer (503), except for the health
//   check, which reports the outage itself, and for forms posted by script, which their actions answer.
// Done here rather than in proxy.ts, whose machinery costs a third of a cached page's throughput when it runs for
// every path.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isDatabaseDown } from "@/db/outage";
import { bodyLimitFor, isDeclaredOversized, tooLarge } from "@/lib/body-limits";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, proxyTrust, type ProxyTrust } from "@/lib/client-address";
import { env } from "@/lib/env";
import { getLogger } from "@/lib/logger";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/request-id";
import { foreignFormPost, isForeignFormPost } from "@/lib/form-post-origin";
import { isMalformedPath, malformedPath } from "@/lib/request-path";
import { temporarilyUnavailable } from "@/lib/unavailable";
import { closeAfterLingering, countBodyAsItArrives } from "./body-counter";

let trust: ProxyTrust | undefined;

async function send(response: ServerResponse, answer: Response) {
  const body = Buffer.from(await answer.arrayBuffer());
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.writeHead(answer.status, { "Content-Length": body.length }).end(body);
}

/**
 * A form posted by its page's script reaches its action even while the database is down: the action answers in the
 * form, keeping what was typed and saying that nothing was saved (app/_actions/define-action.ts), where the 503 page
 * would have thrown the member's text away.
 */
function isPostedByScript(request: IncomingMessage) {
  return request.method === "POST" && request.headers["next-action"] !== undefined;
}

// How long what a refused client still sends is read and dropped before its connection is closed.
const LINGER_BEFORE_CLOSING_MS = 2_000;

/**
 * What a body that grew past its limit gets: the 413, unless the request was already answered without reading it (a
 * page, a 405). Then the connection is closed, which stops the client sending and ends the wait of whatever was
 * reading the body.
 */
function refuseBodyMidway(request: IncomingMessage, response: ServerResponse, pathname: string) {
  getLogger().info({ path: pathname, method: request.method }, "request body refused: larger than its path accepts");
  closeAfterLingering(request, LINGER_BEFORE_CLOSING_MS);
  if (response.headersSent) return;
  for (const name of response.getHeaderNames()) if (name !== REQUEST_ID_HEADER) response.removeHeader(name);
  void send(response, tooLarge(pathname));
}

/** Gives the request its id; answers it here and returns true when Next should not see it. */
export async function answeredAtTheGate(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const incomingId = request.headers[REQUEST_ID_HEADER];
  const requestId = requestIdFor(typeof incomingId === "string" ? incomingId : null);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  // Replaces whatever a client sent under this name: the app takes it as the truth (lib/client-address.ts).
  trust ??= proxyTrust(env().TRUSTED_PROXIES);
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trust);

  const pathname = (request.url ?? "/").split("?")[0]!;
  // An access log line, for operators who ask for one (LOG_LEVEL=debug): the path without its query string.
  getLogger().debug({ requestId, method: request.method, path: pathname }, "request");

  if (isMalformedPath(pathname)) {
    await send(response, malformedPath(pathname));
    return true;
  }
  if (isDeclaredOversized(pathname, request.headers["content-length"] ?? null)) {
    // Nothing reads the body: Node drops what the client still sends once the answer is out.
    await send(response, tooLarge(pathname));
    return true;
  }
  if (isForeignFormPost(request.method, pathname, request.headers)) {
    await send(response, foreignFormPost());
    return true;
  }
  if (request.headers["content-length"] === undefined && request.headers["transfer-encoding"] !== undefined) {
    countBodyAsItArrives(request, bodyLimitFor(pathname), () => refuseBodyMidway(request, response, pathname));
  }
  if (pathname !== "/api/health" && !isPostedByScript(request) && (await isDatabaseDown())) {
    await send(response, temporarilyUnavailable(pathname));
    return true;
  }
  return false;
}
