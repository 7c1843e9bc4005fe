// The log line of a request that failed on the server: which request (id, method, path), where (the route and
// whether it was a page, an action or a route handler) and the error. Headers are not logged: they carry the session.
import type { Instrumentation } from "next";
import { getLogger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

type OnRequestError = Parameters<Instrumentation.onRequestError>;

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
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
}
