// The app's production server (production-server/) as a child process, for the benchmark and the fault test: started in a
// process group of its own, waited for until a path answers, given up on at once if it dies, and stopped — the
// whole group — when asked or when the caller's process ends.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdir, readFile } from "node:fs/promises";

const LOG_LINES_KEPT = 60;

/** The last lines a child printed, to show when it fails. */
export function keepTail(child: ChildProcess) {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - LOG_LINES_KEPT));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => lines.join("\n");
}

export interface AppProcess {
  origin: string;
  /** What the server printed last, for diagnosing errors. */
  logTail: () => string;
  /** Asks the group to stop, and kills it if it has not within `graceMs` (default 5 s). */
  stop: (graceMs?: number) => Promise<void>;
  /** The memory the server's processes hold now (Linux only: read from /proc). */
  residentBytes: () => Promise<number>;
  /** The process ids of the server's workers, when it runs several (Linux only). */
  workerIds: () => Promise<number[]>;
}

export interface AppProcessOptions {
  port: number;
  env: NodeJS.ProcessEnv;
  /** A path that answers 200 once the app can serve. */
  readyPath: string;
  timeoutMs: number;
  /** Flags for node before the server's script (the profiler's; NODE_OPTIONS refuses --cpu-prof). */
  nodeFlags?: string[];
}

const PAGE_BYTES = 4096;

/** Every process in a process group (Linux only: read from /proc), with its resident memory in bytes. */
async function processesOfGroup(groupId: number) {
  const processes: { pid: number; residentBytes: number }[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, pgrp, … rss is 22nd.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === groupId)
      processes.push({ pid: Number(entry), residentBytes: Number(fields[21]) * PAGE_BYTES });
  }
  return processes;
}

/** The memory tsx, and the node processes it runs the server in, hold now. */
async function residentBytesOfGroup(groupId: number) {
  return (await processesOfGroup(groupId)).reduce((sum, { residentBytes }) => sum + residentBytes, 0);
}

/** The server's cluster workers (production-server/workers.ts): Node marks each with NODE_UNIQUE_ID. */
async function workerIdsOfGroup(groupId: number) {
  const ids: number[] = [];
  for (const { pid } of await processesOfGroup(groupId)) {
    const environment = await readFile(`/proc/${pid}/environ`, "utf8").catch(() => "");
    if (environment.split("\0").some((variable) => variable.startsWith("NODE_UNIQUE_ID="))) ids.push(pid);
  }
  return ids;
}

export async function startAppProcess({
  port,
  env,
  readyPath,
  timeoutMs,
  nodeFlags = [],
}: AppProcessOptions): Promise<AppProcess> {
  const serverArgs = ["production-server/main.ts", "--port", String(port), "--hostname", "127.0.0.1"];
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", ...serverArgs], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const logTail = keepTail(child);
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const exited = once(child, "exit");
  // Also when the caller ends early (an error, Ctrl-C): the group would outlive it otherwise.
  const stopOnExit = () => {
    if (!hasExited()) process.kill(-child.pid!, "SIGTERM");
  };
  process.once("exit", stopOnExit);
  const stop = async (graceMs = 5_000) => {
    process.off("exit", stopOnExit);
    if (hasExited()) return;
    process.kill(-child.pid!, "SIGTERM");
    const timeout = setTimeout(() => {
      if (!hasExited()) process.kill(-child.pid!, "SIGKILL");
    }, graceMs);
    await exited;
    clearTimeout(timeout);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`The app server exited:\n${logTail()}`);
    const isUp = await fetch(`${origin}${readyPath}`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) {
      const groupId = child.pid!;
      return {
        origin,
        logTail,
        stop,
        residentBytes: () => residentBytesOfGroup(groupId),
        workerIds: () => workerIdsOfGroup(groupId),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The app server did not answer on ${origin} within ${timeoutMs / 1000} s:\n${logTail()}`);
}
