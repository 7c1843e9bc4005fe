// Runs the real command, `tsx scripts/import.ts --format imdb <dir>`, as a child process on a scratch database, and
// measures it from outside: wall-clock time, the time of each phase its progress lines report, and the memory of
// its processes. Its progress is echoed on stderr as it comes.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { MemoryWatch, type ProcessMemory } from "./process-memory";

const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const IMPORT_SCRIPT = "scripts/import.ts";

/** A progress line as db/import/progress.ts logs it away from a terminal: "title.akas.tsv.gz 100% 5.1 MB/5.1 MB 12.3 s". */
const PROGRESS_LINE = /^(?<label>.+?) (?<percent>\d+)% .+ (?<seconds>[\d.]+) s(?: · .+ left)?$/;

export interface Phase {
  /** As the import labels it: the file read, and for the credit files which of their two readings. */
  label: string;
  seconds: number;
  /** The importing process's resident memory when the phase ended. */
  residentBytesAfter: number;
}

export interface ImportMeasurement {
  exitCode: number;
  seconds: number;
  /** From the start to the first phase: tsx, migrations, loading the catalogue. */
  startSeconds: number;
  phases: Phase[];
  /** From the last phase to the end: linking namesakes, the audit log entry. */
  endSeconds: number;
  /** Every process of the command, the importing one first. */
  processes: ProcessMemory[];
  /** What the import printed on stdout: its summary. */
  summary: string;
  stderrTail: string[];
}

const STDERR_TAIL_LINES = 20;

export async function measureImport(
  dir: string,
  databaseUrl: string,
  echo: (line: string) => void,
): Promise<ImportMeasurement> {
  const started = performance.now();
  const child = spawn(TSX, [IMPORT_SCRIPT, "--format", "imdb", dir], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = once(child, "exit");
  const watch = MemoryWatch.isAvailable() ? new MemoryWatch(child.pid!) : undefined;
  const residentNow = () => watch?.processes()[0]?.currentBytes ?? 0;

  let summary = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (summary += text));
  // A phase's lines repeat every few seconds; the last one, at 100 %, is its total.
  const phases = new Map<string, Phase & { endedAt: number }>();
  const stderrTail: string[] = [];
  for await (const line of createInterface({ input: child.stderr })) {
    echo(line);
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    const progress = PROGRESS_LINE.exec(line)?.groups;
    if (progress?.percent !== "100") continue;
    const phase = { label: progress.label!, seconds: Number(progress.seconds), residentBytesAfter: residentNow() };
    phases.set(phase.label, { ...phase, endedAt: performance.now() });
  }
  const [code] = (await exited) as [number | null];
  watch?.stop();
  const seconds = (performance.now() - started) / 1000;

  const listed = [...phases.values()];
  const first = listed[0];
  const last = listed.at(-1);
  return {
    exitCode: code ?? 1,
    seconds,
    startSeconds: first ? (first.endedAt - started) / 1000 - first.seconds : seconds,
    phases: listed.map(({ endedAt: _, ...phase }) => phase),
    endSeconds: last ? seconds - (last.endedAt - started) / 1000 : 0,
    processes: watch?.processes() ?? [],
    summary: summary.trim(),
    stderrTail,
  };
}
