// Errors Next catches while rendering a page, running an action or answering a route are logged here, as one JSON
// line with the request's id: the visitor sees the error page, the operator sees what happened. Any of them may be
// the database going away, so the requests after it check that first (db/outage.ts).
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logRequestError }, { suspectDatabaseOutage }] = await Promise.all([
    import("@/lib/request-error-log"),
    import("@/db/outage"),
  ]);
  logRequestError(error, request, context);
  suspectDatabaseOutage();
};
