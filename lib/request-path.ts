// A path that cannot be decoded (a stray "%", bytes that are not UTF-8) or that holds NUL names no page. Such paths
// are answered 400 before Next sees them (production-server/request-gate.ts): reaching a page, they ended in a 500
// when decoding failed, or when PostgreSQL refused the NUL in a slug's query.
import { problemResponse } from "./api/responses";

export function isMalformedPath(pathname: string) {
  try {
    return decodeURIComponent(pathname).includes("\0");
  } catch {
    return true;
  }
}

export function malformedPath(pathname: string): Response {
  const detail = "This address is not valid: it holds a broken percent-encoding or a NUL character.";
  if (pathname.startsWith("/api/")) return problemResponse("bad-request", detail);
  return new Response(`${detail}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
