// The fault test's own rig: a PostgreSQL it may stop (never the machine's shared server) and a `next start` of the
// e2e build on it, with a copy of the build so that pages it caches never reach the main e2e server.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase } from "../../db/client";
import { createEmbeddedPostgres, freePort, urlFor } from "../../db/embedded";
import { migrateDatabase } from "../../db/migrate";
import { seedDemoCatalogue } from "../../db/seed";

export interface FaultDatabase {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** A fresh cluster with the demo catalogue, on a port of its own. */
export async function startFaultDatabase(): Promise<FaultDatabase> {
  // The cluster directory itself comes from mkdtemp: the package hands it to the `postgres` user when run as root,
  // and a private parent directory would lock that user out.
  const directory = await mkdtemp(path.join(tmpdir(), "marquee-fault-pg-"));
  const port = await freePort();
  const server = await createEmbeddedPostgres(directory, port);
  await server.initialise();
  await server.start();
  const url = urlFor(port, "postgres");
  await migrateDatabase(url);
  const { db, sql } = createDatabase(url, { maxConnections: 1 });
  await seedDemoCatalogue(db).finally(() => sql.end());
  return {
    url,
    stop: () => server.stop(),
    start: () => server.start(),
    async dispose() {
      await server.stop().catch(() => undefined);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export interface FaultApp {
  origin: string;
  stop(): Promise<void>;
}

async function waitUntilAnswering(origin: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${origin}/api/health`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The fault test's app server did not answer on ${origin} within ${timeoutMs} ms.`);
}

/** `next start` of the e2e build (copied, without its cache) on `databaseUrl`. */
export async function startFaultApp(databaseUrl: string): Promise<FaultApp> {
  const buildDirectory = process.env.E2E_DIST_DIR ?? ".next-e2e";
  const port = await freePort();
  const distDir = `.next-faults-${port}`;
  await cp(buildDirectory, distDir, { recursive: true, filter: (source) => path.basename(source) !== "cache" });
  const server: ChildProcess = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    stdio: "ignore",
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await rm(distDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
