// Rigs of tests that need more than the e2e server: a PostgreSQL the fault test may stop (never the machine's shared
// server), and a second production server of the e2e build, with a copy of the build so that pages it caches never
// reach the main e2e server.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase } from "../../db/client";
import { createEmbeddedPostgres, freePort, urlFor } from "../../db/embedded";
import { migrateDatabase } from "../../db/migrate";
import { seedDemoCatalogue } from "../../db/seed";
import { startAppProcess, type AppProcess } from "../../scripts/app-process";

export interface FaultDatabase {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** A fresh cluster with the demo catalogue (or nothing at all), on a port of its own. */
export async function startFaultDatabase({ isSeeded = true } = {}): Promise<FaultDatabase> {
  // The cluster directory itself comes from mkdtemp: the package hands it to the `postgres` user when run as root,
  // and a private parent directory would lock that user out.
  const directory = await mkdtemp(path.join(tmpdir(), "marquee-fault-pg-"));
  const port = await freePort();
  const server = await createEmbeddedPostgres(directory, port);
  await server.initialise();
  await server.start();
  const url = urlFor(port, "postgres");
  if (isSeeded) {
    await migrateDatabase(url);
    const { db, sql } = createDatabase(url, { maxConnections: 1 });
    await seedDemoCatalogue(db).finally(() => sql.end());
  }
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

export type SecondAppServer = Pick<AppProcess, "origin" | "stop" | "residentBytes" | "logTail" | "workerIds">;

/** The production server on the e2e build (copied, without its cache) and `databaseUrl`, with `env` added. */
export async function startSecondAppServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<SecondAppServer> {
  const buildDirectory = process.env.E2E_DIST_DIR ?? ".next-e2e";
  const port = await freePort();
  const distDir = `.next-faults-${port}`;
  await cp(buildDirectory, distDir, {
    recursive: true,
    preserveTimestamps: true,
    // Neither Next's cache nor the pages the e2e server rendered: this server renders its own.
    filter: (source) => !["cache", "route-cache"].includes(path.basename(source)),
  });
  const removeBuild = () => rm(distDir, { recursive: true, force: true });
  try {
    const app = await startAppProcess({
      port,
      env: { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent", ...env },
      readyPath: "/api/health",
      timeoutMs: 60_000,
    });
    return { ...app, stop: () => app.stop().then(removeBuild) };
  } catch (error) {
    await removeBuild();
    throw error;
  }
}
