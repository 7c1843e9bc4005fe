// Every core: one Node process runs JavaScript on one core, so `npm start` runs a worker per core (WEB_CONCURRENCY to
// choose) with Node's cluster module, all behind the one port. Each worker is a whole app server, as a second
// machine's would be: its own Next, its own invalidations heard through PostgreSQL (cache-handlers/shared-tags.ts),
// the page cache on the disk they share. The primary only forks them, keeps the API's per-address counts for them
// all (lib/api/cluster-rate-limits.ts), and replaces a worker that dies.
import cluster, { type Worker } from "node:cluster";
import { getLogger } from "../lib/logger";
import { countHitsForWorkers } from "../lib/api/cluster-rate-limits";
import { CONNECTIONS_PER_PROCESS_VARIABLE } from "../db/pool-size";

/** Connections to the database the workers keep between them, before the minimum each needs. */
const DATABASE_CONNECTIONS_SHARED = 20;
const MIN_DATABASE_CONNECTIONS_PER_WORKER = 4;
/** A dead worker is replaced after this pause, so that one that keeps failing does not fork in a tight loop. */
const RESTART_PAUSE_MS = 1_000;

/** How many database connections each of `workers` keeps: the default pool of one process, shared out. */
export function databaseConnectionsPerWorker(workers: number) {
  return Math.max(MIN_DATABASE_CONNECTIONS_PER_WORKER, Math.ceil(DATABASE_CONNECTIONS_SHARED / workers));
}

/**
 * Forks `count` workers and keeps them running until SIGTERM or SIGINT, when it stops them and exits. A worker that
 * fails before it ever listened (a bad build, a port taken) stops the whole server rather than failing in a loop.
 */
export function runWorkers(count: number, address: string) {
  const logger = getLogger();
  countHitsForWorkers();
  let isStopping = false;
  let hasAnnounced = false;
  const hasListened = new WeakSet<Worker>();
  const workerEnvironment = { [CONNECTIONS_PER_PROCESS_VARIABLE]: String(databaseConnectionsPerWorker(count)) };
  const fork = () => cluster.fork(workerEnvironment);

  cluster.on("listening", (worker) => {
    if (!hasAnnounced) console.log(`Marquee is listening on ${address} with ${count} workers`);
    hasAnnounced = true;
    hasListened.add(worker);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (isStopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    if (!hasListened.has(worker)) {
      logger.fatal({ code, signal }, "a worker failed as it started: the server stops");
      stop(1);
      return;
    }
    logger.error({ code, signal }, "a worker died: another takes its place");
    // Not unref'd: were every worker dead at once, nothing else would keep the primary alive to replace them.
    setTimeout(() => isStopping || fork(), RESTART_PAUSE_MS);
  });

  function stop(exitCode: number) {
    isStopping = true;
    const workers = Object.values(cluster.workers ?? {});
    process.exitCode = exitCode;
    if (workers.length === 0) process.exit();
    for (const worker of workers) worker?.process.kill("SIGTERM");
  }
  process.once("SIGTERM", () => stop(0));
  process.once("SIGINT", () => stop(0));
  for (let index = 0; index < count; index++) fork();
}
