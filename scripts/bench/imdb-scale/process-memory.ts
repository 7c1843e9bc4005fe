// The memory of a child process and its descendants, from Linux's /proc. `tsx scripts/import.ts` is two processes
// (tsx's launcher, then the node process that imports), so the child alone would measure the launcher: every
// process of the tree is sampled, and its peak is the kernel's own high-water mark (VmHWM), which misses nothing
// between samples except growth in the last interval before the process ends.
import { readFileSync } from "node:fs";

const SAMPLE_MS = 200;

export interface ProcessMemory {
  pid: number;
  command: string;
  /** VmHWM: the most resident memory the process has had. */
  peakBytes: number;
  /** VmRSS at the last sample. */
  currentBytes: number;
}

function readProc(path: string) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    // The process ended between listing and reading it.
    return undefined;
  }
}

function kilobytesField(status: string, field: string) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

function descendantsOf(pid: number): number[] {
  const children = readProc(`/proc/${pid}/task/${pid}/children`)?.trim();
  if (!children) return [];
  return children.split(/\s+/).flatMap((child) => [Number(child), ...descendantsOf(Number(child))]);
}

/** Samples the tree under `rootPid` until stopped; what it saw of each process stays after the process ends. */
export class MemoryWatch {
  private readonly seen = new Map<number, ProcessMemory>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly rootPid: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  /** False where /proc is not Linux's: the bench then reports no memory figures. */
  static isAvailable() {
    return readProc(`/proc/${process.pid}/status`)?.includes("VmHWM") ?? false;
  }

  private sample() {
    for (const pid of [this.rootPid, ...descendantsOf(this.rootPid)]) {
      const status = readProc(`/proc/${pid}/status`);
      if (!status) continue;
      const known = this.seen.get(pid);
      this.seen.set(pid, {
        pid,
        command: known?.command ?? readProc(`/proc/${pid}/cmdline`)?.split("\0").join(" ").trim() ?? "",
        peakBytes: Math.max(known?.peakBytes ?? 0, kilobytesField(status, "VmHWM")),
        currentBytes: kilobytesField(status, "VmRSS"),
      });
    }
  }

  /** The processes seen, the largest peak first: for `tsx scripts/import.ts`, the importing process. */
  processes() {
    this.sample();
    return [...this.seen.values()].sort((a, b) => b.peakBytes - a.peakBytes);
  }

  stop() {
    clearInterval(this.timer);
  }
}
