// One app server: Next's own request handler — the one `next start` runs — behind what `next start` cannot do. Each
// request first passes the gate (request-gate.ts: its id, a body-size limit, the outage answer), and is answered
// from memory when it asks for a stored page still fresh (page-memory.ts); each HTML page Next answers leaves with a
// Content-Security-Policy naming its inline scripts by hash (html-policy.ts), then compressed; caches in front are
// told to ask again each time (cache-control.ts). Before Next loads, its page cache is put on one clock
// (performance-clock.ts) and, with REDIS_URL, shared with the other app servers (cache-handlers/shared-cache.ts).
// What this module knows of Next's and React's own output is in framework-scripts.ts, its one seam with them.
// `next dev` stays as it is.
import compression from "compression";
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { connectSharedCache } from "../cache-handlers/shared-cache";
import { provideSharedCache } from "../cache-handlers/shared-cache-slot.mjs";
import { distDir } from "../lib/dist-dir";
import { env } from "../lib/env";
import { askCachesToRevalidate } from "./cache-control";
import { keepRenderedQueryFromTheAddress } from "./locale-rewrites";
import { answeredAtTheGate } from "./request-gate";
import { sendHtmlWithScriptPolicy } from "./html-policy";
import { getLogger } from "../lib/logger";
import { keepPerformanceClockOnWallClock } from "./performance-clock";
import { keepIdleConnectionsLongerThanProxies } from "./idle-connections";
import { answerFromMemoryOr } from "./page-memory";

/** With REDIS_URL, puts every page and entry this server caches where the other app servers find it (shared-cache.ts). */
function shareWhatIsCached(appDirectory: string) {
  const { REDIS_URL: url, REDIS_KEY_PREFIX: keyPrefix } = env();
  if (!url) return;
  const buildId = readFileSync(path.join(appDirectory, distDir(), "BUILD_ID"), "utf8").trim();
  provideSharedCache(connectSharedCache({ url, keyPrefix, buildId, logger: getLogger() }));
}

/** Serves the app in `appDirectory` (its build included) on `port`. */
export async function serve(appDirectory: string, port: number, hostname: string | undefined) {
  // Before Next is loaded: it picks React's production build by it.
  Object.assign(process.env, { NODE_ENV: "production" });
  // Before Next is loaded too: its page cache must compare invalidations and pages on one clock.
  keepPerformanceClockOnWallClock();
  shareWhatIsCached(appDirectory);
  const { default: next } = await import("next");

  // Without the hostname: Next then builds its request URLs on localhost, as its proxy's URLs say 127.0.0.1 too, so
  // that a proxy.ts rewrite (the admin 404) is rendered in place rather than sent over HTTP to this server again.
  const app = next({ dev: false, dir: appDirectory, port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  // compression works on plain Node requests and responses; its types name Express's.
  const compress = compression() as unknown as (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ) => void;

  const server = createServer((request, response) => {
    answeredAtTheGate(request, response)
      .then((isAnswered) => {
        if (isAnswered) return;
        answerFromMemoryOr(request, response, () =>
          // compression wraps the response first, so the policy's hold-back hands it whole pages to compress.
          compress(request, response, () => {
            sendHtmlWithScriptPolicy(request, response);
            askCachesToRevalidate(response);
            keepRenderedQueryFromTheAddress(response);
            void handleWithNext(request, response);
          }),
        );
      })
      .catch((error: unknown) => {
        getLogger().error({ err: error, path: request.url?.split("?")[0] }, "request failed before reaching the app");
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  });
  keepIdleConnectionsLongerThanProxies(server);

  server.listen(port, hostname, () => {
    // With several workers, the primary says it once for all of them.
    if (cluster.isPrimary) console.log(`Marquee is listening on http://${hostname ?? "localhost"}:${port}`);
  });

  function shutDown() {
    server.close();
    void app.close().finally(() => process.exit(0));
  }
  process.once("SIGTERM", shutDown);
  process.once("SIGINT", shutDown);
}
