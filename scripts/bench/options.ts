// The command line of `npm run bench`: the size of the scale database and how long and hard to load each URL, or,
// with --imports, the size of the IMDb files whose import is measured instead.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { DEFAULT_BENCH_PORT } from "./app-server";

export interface ScaleSize {
  films: number;
  people: number;
  users: number;
  reviews: number;
}

export interface BenchOptions {
  size: ScaleSize;
  /** Seconds each URL (and its ceiling) is loaded for, after a short warm-up. */
  durationSeconds: number;
  /** Concurrent connections for page loads; the targets are stated at 50. */
  connections: number;
  /** Concurrent connections posting reviews: members post far less often than they read. */
  postConnections: number;
  /** Drop and rebuild the scale database even when one of the same size exists. */
  isRebuild: boolean;
  /** The app's port; the bare static server takes the next one. */
  port: number;
  /** The app's workers (WEB_CONCURRENCY); the cached and unvisited pages are loaded again with one to compare. */
  workers: number;
  /** Set by --profile: only the first render of unvisited pages is profiled, and printed (docs are left alone). */
  isProfileOnly: boolean;
  /** Set by --imports: the IMDb import is measured instead of the app (never in the default run, which CI makes). */
  imports?: ImportBenchOptions;
}

export interface ImportBenchOptions {
  /** The generated files' size as a fraction of IMDb's (1: 11 million titles). */
  scale: number;
  /** Leave the generated files in place after the run (they are deleted otherwise). */
  isKeepingFiles: boolean;
}

export const DEFAULT_SIZE: ScaleSize = { films: 100_000, people: 200_000, users: 50_000, reviews: 1_000_000 };

const USAGE = `usage: npm run bench -- [--films N] [--people N] [--users N] [--reviews N]
                        [--duration SECONDS] [--connections N] [--post-connections N] [--rebuild]
                        [--port N (the app's; the next one is taken too)] [--workers N (default: one per core)]
                        [--profile (only profile the first render of unvisited pages, and print where the CPU goes)]
       npm run bench -- --imports [--imports-scale=FRACTION] [--keep]`;

function positiveInteger(name: string, value: string | undefined, fallback: number) {
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll("_", ""));
  if (!Number.isSafeInteger(number) || number < 1)
    throw new Error(`--${name} must be a positive whole number.\n${USAGE}`);
  return number;
}

/** A share of the full size: 0.05, 1 (the default), or more than 1 to look past it. */
function fraction(name: string, value: string | undefined) {
  const number = Number(value ?? 1);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a number above 0.\n${USAGE}`);
  return number;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      films: { type: "string" },
      people: { type: "string" },
      users: { type: "string" },
      reviews: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      "post-connections": { type: "string" },
      rebuild: { type: "boolean", default: false },
      port: { type: "string" },
      workers: { type: "string" },
      imports: { type: "boolean", default: false },
      "imports-scale": { type: "string" },
      keep: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
    },
  });
  const size = {
    films: positiveInteger("films", values.films, DEFAULT_SIZE.films),
    people: positiveInteger("people", values.people, DEFAULT_SIZE.people),
    users: positiveInteger("users", values.users, DEFAULT_SIZE.users),
    reviews: positiveInteger("reviews", values.reviews, DEFAULT_SIZE.reviews),
  };
  const port = positiveInteger("port", values.port, DEFAULT_BENCH_PORT);
  if (port > 65_534) throw new Error(`--port must leave the next port free: at most 65534.\n${USAGE}`);
  // One review per member per film: more reviews than pairs cannot exist.
  if (size.reviews > size.films * size.users) throw new Error(`--reviews cannot exceed films × users.\n${USAGE}`);
  return {
    size,
    durationSeconds: positiveInteger("duration", values.duration, 10),
    connections: positiveInteger("connections", values.connections, 50),
    postConnections: positiveInteger("post-connections", values["post-connections"], 5),
    isRebuild: values.rebuild ?? false,
    port,
    workers: positiveInteger("workers", values.workers, availableParallelism()),
    isProfileOnly: values.profile ?? false,
    imports:
      values.imports || values["imports-scale"] !== undefined
        ? { scale: fraction("imports-scale", values["imports-scale"]), isKeepingFiles: values.keep ?? false }
        : undefined,
  };
}
