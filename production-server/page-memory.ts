// Stored pages answered from this worker's memory, before Next's handler: the bytes Next last sent for the address,
// sent again for as long as the page cache would still serve that page as it is (cache-handlers/page-freshness.mjs:
// no invalidation of its tags heard since its render began, within its lifetime). Next's own work per request was
// most of what a cached page cost — a bare server sends the same bytes ten times as fast (docs/scaling.md). Only
// what Next answered a stranger (no cookies) as a stored page (`x-nextjs-cache: HIT`, noted by page-cache.mjs) is
// kept, so nothing rendered per request, per member or with a cookie set is ever sent to anyone else. The first
// request after an invalidation passes to Next, which renders or finds the new version; the next is answered here.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { isRenderedAgain, type PageFreshness } from "../cache-handlers/page-freshness.mjs";
import { followServedPage, type ServedPageRecord } from "../cache-handlers/served-page-slot.mjs";
import { REQUEST_ID_HEADER } from "../lib/request-id";
import { pageEncodingFor } from "./precompressed";
import { toBuffer, writeArguments } from "./write-arguments";

/** About 15 kB a compressed film page: some 4,000 pages a worker, the most visited ones. */
const MEMORY_BYTES = 64 * 1024 * 1024;
/** A page larger than this (compressed) is left to Next: it would push out too many others. */
const LARGEST_PAGE_BYTES = 1024 * 1024;

/** Headers of requests for something else than a page's HTML: the client router's data, and server actions. */
const NOT_FOR_THE_HTML = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

/**
 * Paths whose answer is not the address's alone though its headers do not say so: proxy.ts sends a visitor to the
 * home page of their language by their cookie and browser (homeInVisitorsLanguage), and Next's own Vary replaces the
 * one it sets.
 */
const ANSWERED_PER_VISITOR = new Set(["/"]);

/** What a kept page's key tells apart: its encoding, and the router's headers, which its requests never carry. */
const KEYED_VARY = new Set(["accept-encoding", ...NOT_FOR_THE_HTML]);

interface RememberedPage {
  headers: OutgoingHttpHeaders;
  body: Buffer;
  freshness: PageFreshness;
}

/** By address and encoding, least recently used first (a Map keeps insertion order). */
const pages = new Map<string, RememberedPage>();
let bytesHeld = 0;

/** The key of what a request asks for when it may be a stored page's HTML; undefined for anything else. */
function keyOf(request: IncomingMessage) {
  if (request.method !== "GET" || request.headers["next-action"] !== undefined) return undefined;
  if (NOT_FOR_THE_HTML.some((name) => request.headers[name] !== undefined)) return undefined;
  const url = request.url ?? "/";
  if (ANSWERED_PER_VISITOR.has(url.split("?")[0]!)) return undefined;
  return `${pageEncodingFor(request.headers["accept-encoding"]) ?? "identity"} ${url}`;
}

function forget(key: string) {
  const page = pages.get(key);
  if (!page) return;
  pages.delete(key);
  bytesHeld -= page.body.length;
}

function remember(key: string, page: RememberedPage) {
  forget(key);
  pages.set(key, page);
  bytesHeld += page.body.length;
  for (const oldest of pages.keys()) {
    if (bytesHeld <= MEMORY_BYTES) break;
    forget(oldest);
  }
}

/** The page held for `key`, while it is still fresh. */
function freshPage(key: string) {
  const page = pages.get(key);
  if (!page) return undefined;
  if (isRenderedAgain(page.freshness)) {
    forget(key);
    return undefined;
  }
  pages.delete(key);
  pages.set(key, page);
  return page;
}

function sendFromMemory(request: IncomingMessage, response: ServerResponse, page: RememberedPage) {
  if (request.headers["if-none-match"] === page.headers.etag) {
    const { "content-length": _length, "content-encoding": _encoding, ...headers } = page.headers;
    response.writeHead(304, headers).end();
  } else {
    response.writeHead(200, page.headers).end(page.body);
  }
}

/** Whether the answer under way is a stored page's HTML, as Next sends one: judged by its headers, once they are set. */
function isStoredPageAnswer(response: ServerResponse) {
  return (
    response.statusCode === 200 &&
    response.getHeader("x-nextjs-cache") === "HIT" &&
    response.hasHeader("etag") &&
    !response.hasHeader("set-cookie") &&
    String(response.getHeader("content-type") ?? "").startsWith("text/html") &&
    variesOnlyByKey(response)
  );
}

/** Whether the answer differs by nothing but what the key tells apart, as far as its Vary says. */
function variesOnlyByKey(response: ServerResponse) {
  const vary = String(response.getHeader("vary") ?? "");
  const names = vary.split(",").map((name) => name.trim().toLowerCase());
  return names.every((name) => name === "" || KEYED_VARY.has(name));
}

/**
 * Answers the request from memory when it asks for a page held here that is still fresh; otherwise runs `handle` (the
 * rest of the server) on it, keeping the bytes it sends when they turn out to be a stored page served as it is. Call
 * it before anything that wraps the response (compression), so the bytes kept are the ones that leave.
 */
export function answerFromMemoryOr(request: IncomingMessage, response: ServerResponse, handle: () => void) {
  const key = keyOf(request);
  if (key === undefined) return handle();
  const page = freshPage(key);
  if (page) return sendFromMemory(request, response, page);
  // Only what a stranger was sent is sent to anyone: an admin's page, behind proxy.ts, never is.
  if (request.headers.cookie !== undefined) return handle();
  rememberWhatIsSent(key, response, handle);
}

function rememberWhatIsSent(key: string, response: ServerResponse, handle: () => void) {
  const record: ServedPageRecord = {};
  const chunks: Buffer[] = [];
  let length = 0;
  // Decided at the first bytes, so that scripts, images and pages rendered per request are not copied for nothing.
  let isKept: boolean | undefined;
  const keep = (args: unknown[]) => {
    isKept ??= isStoredPageAnswer(response);
    if (!isKept) return;
    const [chunk, encoding] = writeArguments(args);
    const buffer = toBuffer(chunk, encoding);
    if (!buffer) return;
    chunks.push(buffer);
    length += buffer.length;
    if (length > LARGEST_PAGE_BYTES) isKept = false;
  };
  const { write, end } = response;
  response.write = function writeKept(...args: unknown[]) {
    keep(args);
    return (write as (...args: unknown[]) => boolean).apply(response, args);
  } as ServerResponse["write"];
  response.end = function endKept(...args: unknown[]) {
    keep(args);
    if (isKept && record.freshness) {
      const { [REQUEST_ID_HEADER]: _id, ...headers } = response.getHeaders();
      remember(key, { headers, body: Buffer.concat(chunks), freshness: record.freshness });
    }
    return (end as (...args: unknown[]) => ServerResponse).apply(response, args);
  } as ServerResponse["end"];
  followServedPage(record, handle);
}
