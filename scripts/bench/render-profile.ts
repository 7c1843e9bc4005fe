// Where a render's CPU goes: the app with one worker under V8's sampling profiler (`--cpu-prof`), pages nobody has
// visited requested one at a time, and the profile cut to each kind of page's window. The cut profiles are written
// to the bench's output folder, to open as flame graphs (Chrome's DevTools → Performance → Load profile, or
// speedscope.app); their summary (busy time per render, by area and by function) goes into docs/benchmarks.md.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { appOrigin, startApp } from "./app-server";
import {
  monotonicMicroseconds,
  profileWithin,
  summariseProfile,
  type CpuProfile,
  type ProfileSummary,
} from "./cpu-profile";
import { progress } from "./progress";

export const PROFILE_DIR = path.join("bench-output", "profiles");
/** Renders before the window, so that what is measured is the steady state, not modules loading and code warming. */
export const WARM_UP_RENDERS = 15;
const PROFILE_WRITTEN_WITHIN_MS = 60_000;

export interface RenderSeries {
  id: string;
  label: string;
  /** Pages nobody has requested yet, at least WARM_UP_RENDERS more than are measured. */
  paths: string[];
}

export interface RenderProfile {
  id: string;
  label: string;
  renders: number;
  /** The main thread's busy time per render, milliseconds: what bounds a worker's renders a second. */
  busyMsPerRender: number;
  /** The server's answer time per render, one request at a time (profiler on: a little slower than without). */
  p50Ms: number;
  summary: ProfileSummary;
}

async function requestAll(paths: string[]) {
  const times: number[] = [];
  for (const pagePath of paths) {
    const started = performance.now();
    const response = await fetch(`${appOrigin()}${pagePath}`, { headers: { "accept-encoding": "br, gzip" } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status} while profiling`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Node names each thread's profile CPU.<date>.<time>.<pid>.<thread>.<n>: thread 0 is the one that renders. */
const MAIN_THREAD_PROFILE = /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/;

/** The server's main thread's profile, once the process has written it on its way out. */
async function readServerProfile(): Promise<CpuProfile> {
  const deadline = Date.now() + PROFILE_WRITTEN_WITHIN_MS;
  for (;;) {
    const [file] = (await readdir(PROFILE_DIR)).filter((name) => MAIN_THREAD_PROFILE.test(name));
    const profile = file
      ? await readFile(path.join(PROFILE_DIR, file), "utf8").then(
          (text) => JSON.parse(text) as CpuProfile,
          () => undefined,
        )
      : undefined;
    if (profile) return profile;
    if (Date.now() > deadline) throw new Error(`No server CPU profile was written to ${PROFILE_DIR}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function profileRenders(databaseUrl: string, series: RenderSeries[]): Promise<RenderProfile[]> {
  await rm(PROFILE_DIR, { recursive: true, force: true });
  await mkdir(PROFILE_DIR, { recursive: true });
  const app = await startApp(databaseUrl, 1, ["--cpu-prof", `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`]);
  const windows: { series: RenderSeries; from: number; to: number; times: number[] }[] = [];
  try {
    for (const each of series) {
      progress(
        `profiling ${each.label}: ${WARM_UP_RENDERS} renders to warm up, then ${each.paths.length - WARM_UP_RENDERS}`,
      );
      await requestAll(each.paths.slice(0, WARM_UP_RENDERS));
      const from = monotonicMicroseconds();
      const times = await requestAll(each.paths.slice(WARM_UP_RENDERS));
      windows.push({ series: each, from, to: monotonicMicroseconds(), times });
    }
  } finally {
    // Node writes the profile as it exits: seconds for a server that has run a while.
    await app.stop(PROFILE_WRITTEN_WITHIN_MS);
  }
  const profile = await readServerProfile();
  await rm(PROFILE_DIR, { recursive: true, force: true });
  await mkdir(PROFILE_DIR, { recursive: true });
  return Promise.all(
    windows.map(async ({ series: { id, label }, from, to, times }) => {
      const cut = profileWithin(profile, { from, to });
      await writeFile(path.join(PROFILE_DIR, `${id}.cpuprofile`), JSON.stringify(cut));
      const summary = summariseProfile(cut);
      return {
        id,
        label,
        renders: times.length,
        busyMsPerRender: summary.busyMs / times.length,
        p50Ms: times[Math.floor(times.length / 2)]!,
        summary,
      };
    }),
  );
}
