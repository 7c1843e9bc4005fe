import type { NextRequest } from "next/server";
import { clientAddress, handlers } from "@/auth";
import { isOverRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { tooManyRequests } from "@/lib/http";

export const { GET } = handlers;

/**
 * Sign-in posted straight to Auth.js (not through the form's action) is a request of its own, so a client past
 * the per-address limit gets a 429 here rather than Auth.js's generic error redirect.
 */
export async function POST(request: NextRequest) {
  const isCredentialsSignIn = request.nextUrl.pathname.endsWith("/callback/credentials");
  if (isCredentialsSignIn && (await isOverRateLimit(rateLimits.signInPerAddress, clientAddress(request.headers)))) {
    return tooManyRequests(rateLimits.signInPerAddress);
  }
  return handlers.POST(request);
}
