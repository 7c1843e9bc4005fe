// Pages answered from memory before Next, against a stand-in for Next's handler that answers as Next does for a
// stored page (x-nextjs-cache, an ETag) and notes the page as page-cache.mjs does, and Next's own tags manifest.
import { createServer, get, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { noteServedPage } from "../cache-handlers/served-page-slot.mjs";
import { answerFromMemoryOr } from "./page-memory";

interface NextAnswer {
  body: string;
  cache: "HIT" | "MISS" | "STALE";
  /** Whether the page cache noted a stored page served as it is. */
  isNoted: boolean;
  revalidateSeconds: number;
  setsCookie?: boolean;
  vary?: string;
}

/** Next's answer of a stored page it serves as it is. */
const STORED_PAGE: NextAnswer = { body: "<p>version 1</p>", cache: "HIT", isNoted: true, revalidateSeconds: 300 };

let server: Server;
let origin: string;
let nextAnswer: NextAnswer;
let requestsToNext: number;
let paths = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader("x-request-id", `request-${Math.random()}`);
    answerFromMemoryOr(request, response, () => {
      requestsToNext += 1;
      const answer = { ...nextAnswer };
      const renderBeganAt = Date.now();
      // Asynchronously, as Next's handler reaches the page cache.
      setImmediate(() => {
        if (answer.isNoted) {
          noteServedPage({
            tags: ["film:1", "_N_T_/layout"],
            lastModified: renderBeganAt,
            cacheControl: { revalidate: answer.revalidateSeconds, expire: undefined },
          });
        }
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("x-nextjs-cache", answer.cache);
        response.setHeader("etag", `"${answer.body}"`);
        if (answer.setsCookie) response.setHeader("set-cookie", "member=1");
        response.setHeader("vary", answer.vary ?? "rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding");
        response.write(answer.body.slice(0, 3));
        response.end(answer.body.slice(3));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  nextAnswer = { ...STORED_PAGE };
  requestsToNext = 0;
});

/** A fresh address per test: pages remembered by one test are not another's. */
function newPath() {
  paths += 1;
  return `/films/film-${paths}`;
}

function fetchPage(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    get(`${origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }),
      );
    }).on("error", reject);
  });
}

describe("pages answered from memory", () => {
  it("answers a stored page served as it is from memory afterwards: the same bytes and headers, its own request id", async () => {
    const path = newPath();
    const first = await fetchPage(path);
    const again = await fetchPage(path);
    const third = await fetchPage(path);
    expect(requestsToNext).toBe(1);
    expect([again.status, again.body, third.body]).toEqual([200, "<p>version 1</p>", "<p>version 1</p>"]);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["x-nextjs-cache"]).toBe("HIT");
    expect(again.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
  });

  it("passes the first request after an invalidation of one of the page's tags to Next, then keeps the new version", async () => {
    const path = newPath();
    await fetchPage(path);
    tagsManifest.set("film:1", { expired: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 2));
    nextAnswer.body = "<p>version 2</p>";
    expect((await fetchPage(path)).body).toBe("<p>version 2</p>");
    expect((await fetchPage(path)).body).toBe("<p>version 2</p>");
    expect(requestsToNext).toBe(2);
  });

  it("passes a page past its revalidation time to Next", async () => {
    nextAnswer.revalidateSeconds = 0;
    const path = newPath();
    await fetchPage(path);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await fetchPage(path);
    expect(requestsToNext).toBe(2);
  });

  it("keeps nothing Next rendered, served stale, did not take from the page cache, sent with a cookie, or that varies by more than its key", async () => {
    const answers: Partial<NextAnswer>[] = [
      { cache: "MISS" },
      { cache: "STALE" },
      { isNoted: false },
      { setsCookie: true },
      { vary: "rsc, Accept-Encoding, Accept-Language, Cookie" },
      { vary: "*" },
    ];
    for (const answer of answers) {
      nextAnswer = { ...STORED_PAGE, ...answer };
      const path = newPath();
      await fetchPage(path);
      await fetchPage(path);
    }
    expect(requestsToNext).toBe(2 * answers.length);
  });

  it("keeps only what a stranger was sent, and sends it to members too", async () => {
    const path = newPath();
    const member = { cookie: "authjs.session-token=admin" };
    await fetchPage(path, member);
    await fetchPage(path, member);
    expect(requestsToNext).toBe(2);
    await fetchPage(path);
    expect((await fetchPage(path, member)).body).toBe("<p>version 1</p>");
    expect(requestsToNext).toBe(3);
  });

  it("leaves home to Next, which sends each visitor to the home page of their language", async () => {
    await fetchPage("/");
    await fetchPage("/");
    await fetchPage("/?from=feed");
    await fetchPage("/?from=feed");
    expect(requestsToNext).toBe(4);
  });

  it("leaves the client router's requests and other methods to Next", async () => {
    const path = newPath();
    await fetchPage(path);
    await fetchPage(path, { rsc: "1" });
    await fetchPage(path, { "next-router-prefetch": "1", rsc: "1" });
    expect(requestsToNext).toBe(3);
  });

  it("keeps each encoding apart, and says 304 to a client that holds the same version", async () => {
    const path = newPath();
    await fetchPage(path, { "accept-encoding": "br" });
    const plain = await fetchPage(path);
    expect(requestsToNext).toBe(2);
    const notModified = await fetchPage(path, { "if-none-match": plain.headers.etag! });
    expect([notModified.status, notModified.body, notModified.headers.etag]).toEqual([304, "", plain.headers.etag]);
    expect(requestsToNext).toBe(2);
  });
});
