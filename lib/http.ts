// Plain HTTP answers shared by route handlers.

/** 429 with a message in words and when to try again. */
export function tooManyRequests(message: string, retryAfterSeconds: number) {
  return new Response(message, {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8" },
  });
}
