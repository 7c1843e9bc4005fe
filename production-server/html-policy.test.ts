import compression from "compression";
import {
  createServer,
  get,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { scriptHashSource } from "./script-policy";
import { sendHtmlWithScriptPolicy } from "./html-policy";

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

const compress = compression() as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;
let server: Server | undefined;

/** A server answering with `handler` behind the hold-back, and compression in front as in production-server/. */
async function serve(handler: Handler) {
  server = createServer((request, response) =>
    compress(request, response, () => {
      sendHtmlWithScriptPolicy(request, response);
      void handler(request, response);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An answer's headers and bytes as they came over the wire (fetch would undo the compression and hide the framing). */
function getAsSent(origin: string, acceptEncoding: string) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(origin, { headers: { "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const flight = 'self.__next_f.push([1,"héllo, 世界"])';
// Over compression's 1 kB threshold, so that it compresses what the hold-back hands on.
const html = `<!DOCTYPE html><html><body>${"<p>A film about a soldier who escapes.</p>".repeat(40)}<script>${flight}</script></body></html>`;

describe("the HTML hold-back", () => {
  it("sends a page streamed in pieces whole, with its scripts' hashes in the policy", async () => {
    const bytes = Buffer.from(html);
    const origin = await serve(async (_request, response) => {
      response.statusCode = 200;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.flushHeaders();
      // Split inside a multi-byte character, as a stream may.
      const cut = bytes.indexOf(Buffer.from("世")) + 1;
      response.write(bytes.subarray(0, cut));
      await new Promise((resolve) => setTimeout(resolve, 10));
      response.end(bytes.subarray(cut));
    });
    const answer = await fetch(`${origin}/films/escape-2024`, { headers: { "Accept-Encoding": "gzip" } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-encoding")).toBe("gzip");
    expect(answer.headers.get("content-security-policy")).toContain(`script-src 'self' ${scriptHashSource(flight)}`);
    expect(await answer.text()).toBe(html);
  });

  it("marks where a compressed page ends, so that the browser's connection stays open for the next request", async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html" }).end(html);
    });
    // Without a length or chunks, the end of the page would be the end of the connection.
    const { headers } = await getAsSent(origin, "br");
    expect(headers["content-encoding"]).toBe("br");
    expect(headers["transfer-encoding"]).toBe("chunked");
  });

  it("sends a page with an ETag compressed, with its length, the same bytes each time", async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html", ETag: '"page-v1"' }).end(html);
    });
    const first = await getAsSent(origin, "gzip, br");
    const second = await getAsSent(origin, "gzip, br");
    expect(first.headers["content-encoding"]).toBe("br");
    expect(first.headers["content-length"]).toBe(String(first.body.length));
    expect(first.headers["content-security-policy"]).toContain(scriptHashSource(flight));
    expect(first.headers.vary).toContain("Accept-Encoding");
    expect(brotliDecompressSync(first.body).toString()).toBe(html);
    expect(second.body.equals(first.body)).toBe(true);
  });

  it("passes on a page that comes compressed already, as it is, with the policy it came with", async () => {
    const compressed = brotliCompressSync(html);
    const origin = await serve((_request, response) => {
      response
        .writeHead(404, {
          "Content-Type": "text/html",
          "Content-Encoding": "br",
          "Content-Security-Policy": "script-src 'self' 'sha256-from-the-inner-answer'",
          ETag: '"proxied-v1"',
        })
        .end(compressed);
    });
    for (const attempt of [1, 2]) {
      const answer = await getAsSent(origin, "gzip, br");
      expect(answer.headers["content-encoding"], `attempt ${attempt}`).toBe("br");
      expect(answer.headers["content-security-policy"]).toBe("script-src 'self' 'sha256-from-the-inner-answer'");
      expect(brotliDecompressSync(answer.body).toString()).toBe(html);
    }
  });

  it("reads headers given to writeHead, and a page ended in one call", async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(404, "Not Found", { "Content-Type": "text/html" }).end(html);
    });
    const answer = await fetch(origin);
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-security-policy")).toContain(scriptHashSource(flight));
    expect(await answer.text()).toBe(html);
  });

  it("lets every other answer stream through as it is written", async () => {
    let firstPieceArrived: () => void;
    const arrived = new Promise<void>((resolve) => (firstPieceArrived = resolve));
    const origin = await serve(async (_request, response) => {
      response.setHeader("Content-Type", "text/x-component");
      response.write("0:first\n");
      // As Next does after each piece: compression otherwise gathers them.
      (response as ServerResponse & { flush?: () => void }).flush?.();
      // The second piece is only written once the client holds the first: held back, this would never end.
      await arrived;
      response.end("1:second\n");
    });
    const answer = await fetch(origin);
    expect(answer.headers.get("content-security-policy")).toBeNull();
    const reader = answer.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    firstPieceArrived!();
    for (let piece = await reader.read(); !piece.done; piece = await reader.read()) text += decoder.decode(piece.value);
    expect(text).toBe("0:first\n1:second\n");
  });

  it("answers HEAD requests and 304s for pages without a body", async () => {
    const origin = await serve((request, response) => {
      response.setHeader("Content-Type", "text/html");
      if (request.headers["if-none-match"]) response.writeHead(304).end();
      else response.end(request.method === "HEAD" ? undefined : html);
    });
    expect((await fetch(origin, { method: "HEAD" })).status).toBe(200);
    const notModified = await fetch(origin, { headers: { "If-None-Match": '"v1"' } });
    expect(notModified.status).toBe(304);
  });
});
