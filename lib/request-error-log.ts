// The log line of a request that failed on the server: which request (id, method, path), where (the route and
// whether it was a page, an action or a route handler) and the error. Headers are not logged: they carry the session.
// Nor are the query's values, whatever their names: a search may hold an email, a pasted token, a password typed in
// the wrong box. Each is logged by its kind alone, which is what telling one failure from another needs.
import type { Instrumentation } from "next";
import { getLogger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

type OnRequestError = Parameters<Instrumentation.onRequestError>;

/** What a query value is, never what it says: "number", "empty", or "text" with its length. */
function kindOf(value: string) {
  if (value === "") return "empty";
  if (/^\d{1,12}$/.test(value)) return "number";
  return `text(${value.length})`;
}

/** A request's path as logged: its query's parameters by name, their values by kind ("/search?q=text(12)&page=number"). */
export function redactedPath(pathWithQuery: string) {
  const queryStart = pathWithQuery.indexOf("?");
  if (queryStart === -1) return pathWithQuery;
  const query = new URLSearchParams(pathWithQuery.slice(queryStart + 1));
  const kinds = [...query].map(([name, value]) => `${encodeURIComponent(name)}=${kindOf(value)}`);
  return `${pathWithQuery.slice(0, queryStart)}?${kinds.join("&")}`;
}

export function logRequestError(
  error: unknown,
  request: OnRequestError[1],
  context: OnRequestError[2],
  logger = getLogger(),
) {
  logger.error(
    {
      err: error,
      requestId: [request.headers[REQUEST_ID_HEADER]].flat()[0],
      method: request.method,
      path: redactedPath(request.path),
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
}
