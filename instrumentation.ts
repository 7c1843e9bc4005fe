// Errors Next catches while rendering a page, running an action or answering a route are logged here, as one JSON
// line with the request's id: the visitor sees the error page, the operator sees what happened.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/request-error-log");
  logRequestError(error, request, context);
};
