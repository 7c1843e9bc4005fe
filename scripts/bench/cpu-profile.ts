// Reading a V8 CPU profile (`node --cpu-prof`, the .cpuprofile format Chrome's DevTools and speedscope open as a
// flame graph): the part of it taken during a window of the bench's, how much CPU that was, and where it went.

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] }[];
  /** Microseconds on the machine's monotonic clock, the one `process.hrtime` reads. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock, as the profile counts them. */
export interface ProfileWindow {
  from: number;
  to: number;
}

export const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

/** The profile cut down to the samples taken within `window`: a file of its own, for a flame graph of just that. */
export function profileWithin(profile: CpuProfile, window: ProfileWindow): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let time = profile.startTime;
  let previous = window.from;
  profile.samples.forEach((sample, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < window.from || time > window.to) return;
    samples.push(sample);
    timeDeltas.push(time - previous);
    previous = time;
  });
  return { ...profile, startTime: window.from, endTime: window.to, samples, timeDeltas };
}

/** What a frame belongs to, judged by its script's path: the renderer, Next's server, the database, or Marquee. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === "") {
    if (functionName === "(garbage collector)") return "garbage collection";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "V8 and Node itself";
    return "V8 built-ins";
  }
  if (url.startsWith("node:")) return "Node's own modules";
  if (/react-dom|react-server-dom|\/react\//.test(url)) return "React";
  const nodeModule = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const packageName = nodeModule?.[1];
  if (packageName) return packageName === "next" ? "Next's server" : packageName;
  // Turbopack names a chunk after its first module's path: chunks/ssr/node_modules_next_dist_… are Next's.
  if (/\[root-of-the-server\]|\[turbopack\]|\/chunks\/(?:ssr\/)?node_modules_next_/.test(url)) return "Next's server";
  return "Marquee and bundled libraries";
}

export interface ProfileSummary {
  /** Milliseconds the process was busy (not idle) in the profile's samples. */
  busyMs: number;
  byArea: { area: string; ms: number }[];
  /** The functions the most time was spent in themselves, not counting what they called. */
  topFunctions: { name: string; where: string; area: string; ms: number }[];
}

function shortLocation(frame: CallFrame) {
  if (frame.url === "") return "";
  const file = frame.url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "");
  const tail = file.split("/").slice(-3).join("/");
  return `${tail}:${frame.lineNumber + 1}`;
}

/** Self time by area and by function over a (cut) profile's samples, each sample counted for the time up to it. */
export function summariseProfile(profile: CpuProfile, topCount = 15): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, { name: string; where: string; area: string; ms: number }>();
  let busyMs = 0;
  profile.samples.forEach((sample, index) => {
    const frame = frames.get(sample)!;
    if (frame.functionName === "(idle)") return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    busyMs += ms;
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const where = shortLocation(frame);
    const key = `${frame.functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: frame.functionName || "(anonymous)", where, area, ms: 0 };
    entry.ms += ms;
    byFunction.set(key, entry);
  });
  const descending = <T extends { ms: number }>(entries: Iterable<T>) => [...entries].sort((a, b) => b.ms - a.ms);
  return {
    busyMs,
    byArea: descending([...byArea].map(([area, ms]) => ({ area, ms }))),
    topFunctions: descending(byFunction.values()).slice(0, topCount),
  };
}
