import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { tooManyRequests } from "@/lib/http";
import { rateLimits } from "@/lib/rate-limits";
import { BUSY_MESSAGE, BUSY_RETRY_SECONDS } from "@/lib/work-gate";

export const { GET } = handlers;

/** The code of a sign-in refused for its limits (auth.ts, SignInRefused), as Auth.js puts it in its redirect. */
function refusalCode(response: Response) {
  const location = response.headers.get("Location");
  return location && URL.canParse(location) ? new URL(location).searchParams.get("code") : null;
}

/**
 * Sign-in posted straight to Auth.js (not through the form's action) is a request of its own, so one refused for its
 * limits gets a 429 here rather than Auth.js's generic error redirect.
 */
export async function POST(request: NextRequest) {
  const response = await handlers.POST(request);
  switch (refusalCode(response)) {
    case "throttled":
      return tooManyRequests(rateLimits.signInFailuresPerPair.message, rateLimits.signInFailuresPerPair.windowSeconds);
    case "busy":
      return tooManyRequests(BUSY_MESSAGE, BUSY_RETRY_SECONDS);
    default:
      return response;
  }
}
