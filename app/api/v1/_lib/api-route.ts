// The one wrapper of every public API route: it counts the request against the client's rate limit, and turns an
// unexpected error into a logged 500 problem instead of a stack trace.
import { unstable_rethrow } from "next/navigation";
import type { NextRequest } from "next/server";
import { answerWithinLimit, sharedRateLimiter } from "@/app/api/_lib/rate-limited";
import { suspectDatabaseOutage } from "@/db/outage";
import { requestLogger } from "@/lib/logger";
import { apiRequestsPerMinute } from "@/lib/api/rate-limit";
import { problemResponse } from "@/lib/api/responses";
import { env } from "@/lib/env";

function apiRateLimiter() {
  return sharedRateLimiter("api", () => ({
    limit: apiRequestsPerMinute(env().API_RATE_LIMIT_PER_MINUTE?.toString()),
    windowMs: 60_000,
  }));
}

type Handler<Params> = (request: NextRequest, params: Params) => Promise<Response>;

async function answer<Params>(handle: Handler<Params>, request: NextRequest, params: Promise<Params>) {
  try {
    return await handle(request, await params);
  } catch (error) {
    // Next's own control flow (prerendering stopping at request data) must pass through.
    unstable_rethrow(error);
    requestLogger(request.headers).error({ err: error, path: request.nextUrl.pathname }, "API request failed");
    suspectDatabaseOutage();
    return problemResponse("server-error", "The request could not be answered. It has been logged; try again later.");
  }
}

export function apiRoute<Params = object>(handle: Handler<Params>) {
  return (request: NextRequest, { params }: { params: Promise<Params> }) =>
    answerWithinLimit(apiRateLimiter(), request, () => answer(handle, request, params));
}
