// The app under test: built once per run into its own dist dir (pages are prerendered from the scale database at build
// time), then served by production-server/ (scripts/app-process.ts), stopped with its whole process group at the end.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import path from "node:path";
import { keepTail, startAppProcess, type AppProcess } from "../app-process";
import type { Helper } from "./helpers/child";
import { progress } from "./progress";

/** The app's port, and the bare static server's just above it: `--port` moves both, so that two benches, or a bench
 * beside a running app, can share a machine. */
export const DEFAULT_BENCH_PORT = 3300;
let appPort = DEFAULT_BENCH_PORT;

/** Set once, from the command line, before the app starts. */
export function useBenchPort(port: number) {
  appPort = port;
}

export const appOrigin = () => `http://127.0.0.1:${appPort}`;
export const ceilingPort = () => appPort + 1;
export const APP_DIST_DIR = ".next-bench";

const NEXT = path.resolve(process.cwd(), "node_modules/.bin/next");
const START_TIMEOUT_MS = 60_000;

function appEnvironment(databaseUrl: string, workers?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...(workers === undefined ? {} : { WEB_CONCURRENCY: String(workers) }),
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: APP_DIST_DIR,
    AUTH_SECRET: "bench-only-secret-not-for-production-use",
    AUTH_TRUST_HOST: "true",
    SITE_URL: appOrigin(),
    NEXT_TELEMETRY_DISABLED: "1",
    // The bench's members each sign in from an address of their own, sent as a proxy in front would.
    TRUSTED_PROXIES: "loopback",
  };
}

export async function buildApp(databaseUrl: string) {
  progress(`building the app into ${APP_DIST_DIR} (pages are prerendered from the scale database)`);
  const child = spawn(NEXT, ["build"], { env: appEnvironment(databaseUrl), stdio: ["ignore", "pipe", "pipe"] });
  const tail = keepTail(child);
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`next build failed (exit code ${code}):\n${tail()}`);
}

function isPortTaken(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startApp(databaseUrl: string, workers: number, nodeFlags?: string[]): Promise<AppProcess> {
  if (await isPortTaken(appPort))
    throw new Error(`Port ${appPort} is in use: is another bench still running? (--port chooses another)`);
  const app = await startAppProcess({
    port: appPort,
    env: appEnvironment(databaseUrl, workers),
    readyPath: "/robots.txt",
    timeoutMs: START_TIMEOUT_MS,
    nodeFlags,
  });
  await calibrateIdleProbe();
  return app;
}

const IDLE_TIMEOUT_MS = 60_000;
/** How fast a trivial request is answered by the idle app on this machine; set when the app starts. */
let idleProbeMs = 20;

async function probe() {
  const started = performance.now();
  await (await fetch(`${appOrigin()}/robots.txt`)).arrayBuffer();
  return performance.now() - started;
}

/** Measures how fast the idle app answers, so that "idle" means the same on a quiet machine and on a busy one. */
async function calibrateIdleProbe() {
  const answers: number[] = [];
  for (let attempt = 0; attempt < 5; attempt++) answers.push(await probe());
  idleProbeMs = Math.max(20, 3 * answers.sort((a, b) => a - b)[2]!);
}

/**
 * Waits until the app has no database exchange pending (the counting relay tells) and answers a trivial request
 * about as fast as when idle, three times in a row. autocannon drops the requests in flight when a run ends, but
 * the app still renders them: without this, they would slow down, and add statements to, what is measured next.
 * Gives up after a minute on a machine too busy to ever look idle.
 */
export async function waitUntilIdle(counter: Helper) {
  const deadline = Date.now() + IDLE_TIMEOUT_MS;
  for (let idleChecks = 0; idleChecks < 3 && Date.now() < deadline;) {
    const isIdle = (await counter.ask<number>("pending")) === 0 && (await probe()) < idleProbeMs;
    idleChecks = isIdle ? idleChecks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
