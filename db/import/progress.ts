// Progress of a long import on stderr: a bar redrawn in place on a terminal, a plain line now and then
// elsewhere (CI logs, files), where carriage returns would pile up into one unreadable line.

type ProgressUnit = "bytes" | "films" | "people" | "rows";

export interface Progress {
  /** Starts a phase of `total` units, e.g. ("title.basics.tsv.gz", 180_000_000, "bytes"). */
  start(label: string, total: number, unit: ProgressUnit): void;
  advance(amount: number): void;
  /** Ends the phase, leaving its final state on screen. */
  finish(): void;
}

export const silentProgress: Progress = { start() {}, advance() {}, finish() {} };

const BAR_WIDTH = 24;
const TERMINAL_REDRAW_MS = 100;
const LOG_LINE_MS = 5_000;

function formatAmount(amount: number, unit: ProgressUnit) {
  if (unit === "bytes") return `${(amount / 1_000_000).toFixed(1)} MB`;
  return amount.toLocaleString("en-US");
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
  const seconds = ((Date.now() - phase.startedAt) / 1000).toFixed(1);
  return `${phase.label}${bar} ${Math.floor(fraction * 100)}% ${amounts} ${seconds} s`;
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
  };
}
