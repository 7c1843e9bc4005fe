// The production server (`npm start`): one worker per core (WEB_CONCURRENCY to choose; workers.ts), each serving
// the app as serve.ts says; with one, that server runs in this process. This process also keeps the pages Next
// stores on disk within PAGE_CACHE_MAX_MB (page-cache-limit.ts).
//
//   node --import tsx production-server/main.ts [--port 3000] [--hostname 127.0.0.1]
//
// Node itself, with tsx's loader, rather than tsx's command: that runs node as a child and, when the process group is
// sent SIGTERM, kills that child if it has not reported the signal back within 60 ms, so a busy server was killed
// instead of finishing the requests in flight (and never wrote its --cpu-prof profile).
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { distDir } from "../lib/dist-dir";
import { env, exitOnInvalidEnvironment } from "../lib/env";
import { getLogger } from "../lib/logger";
import { unsetSiteUrlWarning } from "../lib/site";
import { DEFAULT_PAGE_CACHE_MAX_MB, keepPageCacheWithin } from "./page-cache-limit";
import { runWorkers } from "./workers";

exitOnInvalidEnvironment();
const { values: options } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname ?? process.env.HOSTNAME;
const workers = env().WEB_CONCURRENCY ?? availableParallelism();
const appDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (cluster.isPrimary) {
  const siteUrlWarning = unsetSiteUrlWarning(env());
  if (siteUrlWarning) getLogger().warn(siteUrlWarning);
  keepPageCacheWithin(path.resolve(appDirectory, distDir()), env().PAGE_CACHE_MAX_MB ?? DEFAULT_PAGE_CACHE_MAX_MB);
}
if (cluster.isPrimary && workers > 1) {
  runWorkers(workers, `http://${hostname ?? "localhost"}:${port}`);
} else {
  const { serve } = await import("./serve");
  await serve(appDirectory, port, hostname);
}
