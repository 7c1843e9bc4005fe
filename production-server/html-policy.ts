// Gives each HTML page its Content-Security-Policy with the hashes of its inline scripts
// (production-server/script-policy.ts). The header must leave before the body, and the hashes are only known once the
// whole page is written, so an HTML answer is held back until Next ends it, then sent in one piece; every other answer
// streams through untouched. Pages carry an ETag naming their exact bytes, so their policy is worked out, and their
// bytes compressed (production-server/precompressed.ts), once per version.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { policyForPage } from "./script-policy";
import { compressedPage, pageEncodingFor } from "./precompressed";
import { getLogger } from "@/lib/logger";
import { toBuffer, writeArguments } from "./write-arguments";

const POLICIES_REMEMBERED = 2_000;
const policiesByEtag = new Map<string, string>();

function rememberPolicy(etag: string, policy: string) {
  if (policiesByEtag.size >= POLICIES_REMEMBERED) policiesByEtag.delete(policiesByEtag.keys().next().value!);
  policiesByEtag.set(etag, policy);
}

function policyFor(page: Buffer, etag: string | undefined, path: string | undefined) {
  const remembered = etag && policiesByEtag.get(etag);
  if (remembered) return remembered;
  const { policy, refusedScripts } = policyForPage(page.toString("utf8"));
  if (refusedScripts.length > 0) {
    getLogger().warn(
      { path, scripts: refusedScripts.map((script) => script.slice(0, 80)) },
      "inline scripts left out of the page's policy",
    );
  }
  if (etag) rememberPolicy(etag, policy);
  return policy;
}

function hasBody(request: IncomingMessage, response: ServerResponse) {
  return request.method !== "HEAD" && response.statusCode !== 204 && response.statusCode !== 304;
}

function isHtml(response: ServerResponse) {
  return String(response.getHeader("content-type") ?? "").startsWith("text/html");
}

/**
 * Whether the answer's bytes come compressed already: Next proxies a proxy.ts rewrite to this very server when the
 * rewrite's origin differs from the one it listens on (its URLs say localhost for 127.0.0.1), and passes that
 * answer on, policy, compression and all. Held back, its compressed bytes would be hashed and compressed again.
 */
function isEncoded(response: ServerResponse) {
  return response.hasHeader("content-encoding");
}

/**
 * Holds back `response` while it turns out to be an HTML page with a body, then sends it with its policy. Call it
 * before handing the response to Next, after any wrapper (compression) that should see the page whole.
 */
export function sendHtmlWithScriptPolicy(request: IncomingMessage, response: ServerResponse) {
  const passOn = {
    writeHead: response.writeHead,
    flushHeaders: response.flushHeaders,
    write: response.write,
    end: response.end,
  };
  const chunks: Buffer[] = [];
  let mode: "undecided" | "holding" | "passing" = "undecided";

  const restore = () => Object.assign(response, passOn);
  const decide = () => {
    if (mode !== "undecided") return;
    mode = isHtml(response) && hasBody(request, response) && !isEncoded(response) ? "holding" : "passing";
    if (mode === "passing") restore();
  };

  response.writeHead = function writeHead(statusCode: number, ...rest: unknown[]) {
    const [statusMessage, headers] = typeof rest[0] === "string" ? [rest[0], rest[1]] : [undefined, rest[0]];
    if (Array.isArray(headers)) {
      // Raw header lists are not worth reading: Next does not use them for pages.
      mode = "passing";
      restore();
      return passOn.writeHead.call(response, statusCode, ...(rest as []));
    }
    response.statusCode = statusCode;
    if (statusMessage) response.statusMessage = statusMessage;
    for (const [name, value] of Object.entries((headers ?? {}) as OutgoingHttpHeaders)) {
      if (value !== undefined) response.setHeader(name, value);
    }
    decide();
    return mode === "passing" ? passOn.writeHead.call(response, statusCode) : response;
  } as ServerResponse["writeHead"];

  response.flushHeaders = function flushHeaders() {
    decide();
    if (mode === "passing") passOn.flushHeaders.call(response);
  };

  response.write = function write(...args: unknown[]) {
    decide();
    if (mode === "passing") return (passOn.write as (...args: unknown[]) => boolean).apply(response, args);
    const [chunk, encoding, callback] = writeArguments(args);
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    callback?.();
    return true;
  } as ServerResponse["write"];

  response.end = function end(...args: unknown[]) {
    decide();
    if (mode === "passing") return (passOn.end as (...args: unknown[]) => ServerResponse).apply(response, args);
    const [chunk, encoding, callback] = writeArguments(args);
    const last = toBuffer(chunk, encoding);
    if (last) chunks.push(last);
    const page = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    const header = response.getHeader("etag");
    const etag = typeof header === "string" ? header : undefined;
    const path = request.url?.split("?")[0];
    response.setHeader("Content-Security-Policy", policyFor(page, etag, path));
    // Next may have announced a stream; the page now goes out in one piece of known length. Removed only when set:
    // Node takes a removed Transfer-Encoding as "never chunk", and compression drops the length, which would leave
    // the connection's close as the only end of a compressed page, so no browser could reuse it.
    if (response.hasHeader("Transfer-Encoding")) response.removeHeader("Transfer-Encoding");
    restore();
    const send = (body: Buffer) => {
      response.setHeader("Content-Length", body.length);
      response.end(body, callback);
    };
    const pageEncoding = etag ? pageEncodingFor(request.headers["accept-encoding"]) : undefined;
    if (!etag || !pageEncoding) {
      // Compression (production-server/) compresses what has no version to remember it by.
      send(page);
      return response;
    }
    compressedPage(page, etag, pageEncoding).then(
      (body) => {
        // Compression sees the encoding and leaves the page as it is (adding Vary: Accept-Encoding).
        response.setHeader("Content-Encoding", pageEncoding);
        send(body);
      },
      (error: unknown) => {
        getLogger().warn({ err: error, path }, "compressing a page failed; sent as it is");
        send(page);
      },
    );
    return response;
  } as ServerResponse["end"];
}
