// Progress of a long import on stderr: a bar redrawn in place on a terminal, a plain line now and then
// elsewhere (CI logs, files), where carriage returns would pile up into one unreadable line.

type ProgressUnit = "bytes" | "films" | "people" | "rows";

export interface Progress {
  /** Starts a phase of `total` units, e.g. ("title.basics.tsv.gz", 180_000_000, "bytes"). */
  start(label: string, total: number, unit: ProgressUnit): void;
  advance(amount: number): void;
  /** Ends the phase, leaving its final state on screen. */
  finish(): void;
  /** Ends the phase where it stands, the run having stopped: what is printed next starts on a line of its own. */
  stop(): void;
}

export const silentProgress: Progress = { start() {}, advance() {}, finish() {}, stop() {} };

const BAR_WIDTH = 24;
const TERMINAL_REDRAW_MS = 100;
const LOG_LINE_MS = 5_000;
// The rate of the first seconds is mostly start-up (opening files, the first batch's queries): an estimate made from
// it would swing wildly, so none is shown before both of these.
const ESTIMATE_AFTER_MS = 3_000;
const ESTIMATE_AFTER_FRACTION = 0.02;

function formatAmount(amount: number, unit: ProgressUnit) {
  if (unit === "bytes") return `${(amount / 1_000_000).toFixed(1)} MB`;
  return amount.toLocaleString("en-US");
}

/** "45 s", "3 min 5 s", "2 h 10 min": two units at most, the smaller left out when it is zero. */
function formatDuration(seconds: number) {
  const twoUnits = (large: number, largeUnit: string, small: number, smallUnit: string) =>
    small === 0 ? `${large} ${largeUnit}` : `${large} ${largeUnit} ${small} ${smallUnit}`;
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return twoUnits(minutes, "min", seconds % 60, "s");
  return twoUnits(Math.floor(minutes / 60), "h", minutes % 60, "min");
}

/**
 * The time a phase has left at its rate so far ("12 s left"), or undefined until enough is done to estimate it, and
 * once it is done.
 */
export function timeLeft(done: number, total: number, elapsedMs: number) {
  const fraction = total > 0 ? done / total : 1;
  if (fraction >= 1 || fraction < ESTIMATE_AFTER_FRACTION || elapsedMs < ESTIMATE_AFTER_MS) return undefined;
  const secondsLeft = Math.ceil((elapsedMs * (1 - fraction)) / fraction / 1000);
  return `${formatDuration(secondsLeft)} left`;
}

interface Phase {
  label: string;
  total: number;
  unit: ProgressUnit;
  done: number;
  startedAt: number;
}

function describe(phase: Phase, withBar: boolean) {
  const fraction = phase.total > 0 ? Math.min(1, phase.done / phase.total) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = withBar ? ` [${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}]` : "";
  const unit = phase.unit === "bytes" ? "" : ` ${phase.unit}`;
  const amounts = `${formatAmount(phase.done, phase.unit)}/${formatAmount(phase.total, phase.unit)}${unit}`;
  const elapsedMs = Date.now() - phase.startedAt;
  const left = timeLeft(phase.done, phase.total, elapsedMs);
  const timing = `${(elapsedMs / 1000).toFixed(1)} s${left ? ` · ${left}` : ""}`;
  return `${phase.label}${bar} ${Math.floor(fraction * 100)}% ${amounts} ${timing}`;
}

/** A bar when `stream` is a terminal, periodic lines otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const isTerminal = Boolean(stream.isTTY);
  const interval = isTerminal ? TERMINAL_REDRAW_MS : LOG_LINE_MS;
  let phase: Phase | undefined;
  let lastShownAt = 0;

  const show = (final: boolean) => {
    if (!phase) return;
    if (isTerminal) stream.write(`\r\x1b[K${describe(phase, true)}${final ? "\n" : ""}`);
    else stream.write(`${describe(phase, false)}\n`);
    lastShownAt = Date.now();
  };

  return {
    start(label, total, unit) {
      phase = { label, total, unit, done: 0, startedAt: Date.now() };
      lastShownAt = isTerminal ? 0 : Date.now();
      if (isTerminal) show(false);
    },
    advance(amount) {
      if (!phase) return;
      phase.done += amount;
      if (Date.now() - lastShownAt >= interval) show(false);
    },
    finish() {
      if (phase) phase.done = phase.total;
      show(true);
      phase = undefined;
    },
    stop() {
      // Only a terminal has a bar drawn, and no line ended, at this point.
      if (phase && isTerminal) stream.write("\n");
      phase = undefined;
    },
  };
}
