// The IMDb import's results as Markdown: the headline figures against the targets, the files, the phases with the
// memory after each, and the import's own summary.
import { machineLine, type Environment } from "../report";
import type { GeneratedImdbFiles } from "./generate";
import type { ImportMeasurement } from "./measure-import";

export interface ImportBenchResults {
  scale: number;
  files: GeneratedImdbFiles;
  run: ImportMeasurement;
  environment: Environment;
}

/** Issue #19's targets for the whole dataset, on the development machine. */
const TARGET_SECONDS = 15 * 60;
const TARGET_BYTES = 2 * 1024 ** 3;

const count = (value: number) => Math.round(value).toLocaleString("en");
const megabytes = (bytes: number) => `${count(bytes / 1024 ** 2)} MB`;
const mark = (isMet: boolean) => (isMet ? "✓" : "✗");

function duration(seconds: number) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** The counts the import printed: "films: 650,123 imported" and "added: 120 genres, 8,000,000 credits". */
export function summaryCounts(summary: string) {
  const number = (text: string | undefined) => Number(text?.replaceAll(",", "") ?? 0);
  const added = Object.fromEntries(
    (/^added: (.+)$/m.exec(summary)?.[1] ?? "").split(", ").flatMap((part) => {
      const match = /^([\d,]+) (.+)$/.exec(part);
      return match ? [[match[2]!, number(match[1])]] : [];
    }),
  );
  return {
    films: number(/^films: ([\d,]+) imported/m.exec(summary)?.[1]),
    people: number(/^people: ([\d,]+) imported/m.exec(summary)?.[1]),
    credits: (added.credits as number | undefined) ?? 0,
  };
}

function fileRows({ files }: GeneratedImdbFiles) {
  return files.map(
    (file) =>
      `| ${file.name}.tsv.gz | ${count(file.rows)} | ${megabytes(file.bytes)} | ${megabytes(file.uncompressedBytes)} |`,
  );
}

function phaseRows({ files, run }: ImportBenchResults) {
  const rowsOf = (label: string) => files.files.find((file) => label.startsWith(`${file.name}.tsv`))?.rows;
  const rate = (rows: number | undefined, seconds: number) => (rows && seconds > 0 ? count(rows / seconds) : "–");
  return [
    `| Start: tsx, migrations, loading the catalogue | ${duration(run.startSeconds)} | – | – |`,
    ...run.phases.map(
      (phase) =>
        `| Reading ${phase.label} | ${duration(phase.seconds)} | ${rate(rowsOf(phase.label), phase.seconds)} | ${megabytes(phase.residentBytesAfter)} |`,
    ),
    `| End: linking namesakes, the audit log entry | ${duration(run.endSeconds)} | – | – |`,
  ];
}

/** The credits are written while the credit files are read the second time. */
function creditSeconds(run: ImportMeasurement) {
  return run.phases.filter((phase) => phase.label.endsWith("(credits)")).reduce((sum, phase) => sum + phase.seconds, 0);
}

function memoryLine({ run }: ImportBenchResults) {
  const [importer, ...others] = run.processes;
  if (!importer) return "Memory: not measured (no Linux /proc).";
  const launcher =
    others.length > 0 ? `; tsx's launcher ${others.map((other) => megabytes(other.peakBytes)).join(", ")}` : "";
  return `Peak memory (VmHWM): the importing process ${megabytes(importer.peakBytes)}${launcher}.`;
}

/**
 * Against the targets. Below the full size, the time is scaled up (every phase reads and writes rows in proportion)
 * and the memory is not judged: its peak is mostly how much garbage V8 let pile up, not what the import holds.
 */
function targetLines({ scale, run }: ImportBenchResults) {
  const peak = run.processes[0]?.peakBytes ?? Number.NaN;
  if (scale >= 1) {
    return [
      `${mark(run.seconds < TARGET_SECONDS)} The whole dataset in under 15 minutes: ${duration(run.seconds)}`,
      `${mark(peak < TARGET_BYTES)} Memory below 2 GB: ${megabytes(peak)}`,
    ];
  }
  const fullSeconds = run.seconds / scale;
  return [
    `${mark(fullSeconds < TARGET_SECONDS)} The whole dataset in under 15 minutes: about ${duration(fullSeconds)} at this run's rates (${duration(run.seconds)} at scale ${scale})`,
    `– Memory below 2 GB: ${megabytes(peak)} at scale ${scale}, not scaled`,
  ];
}

export function formatImportResults(results: ImportBenchResults) {
  const { scale, files, run, environment } = results;
  const counts = summaryCounts(run.summary);
  const credits = creditSeconds(run);
  const generatedBytes = files.files.reduce((sum, file) => sum + file.uncompressedBytes, 0);
  const size = scale === 1 ? "full size" : `scale ${scale}`;
  return [
    `## IMDb import, ${size}: ${count(files.titles)} titles · ${count(files.people)} people`,
    "",
    machineLine(environment),
    "",
    `\`tsx scripts/import.ts --format imdb\` into an empty catalogue${run.exitCode === 0 ? "" : ` (**failed, exit code ${run.exitCode}**)`}: ` +
      `**${count(counts.films)} films in ${duration(run.seconds)}, ${count(counts.films / run.seconds)} films/s**; ` +
      `${count(counts.credits)} credits written in ${duration(credits)} of reading the credit files again` +
      `${credits > 0 ? ` (${count(counts.credits / credits)} credits/s)` : ""}; ${count(counts.people)} people. ${memoryLine(results)}`,
    "",
    "Targets:",
    "",
    ...targetLines(results).map((line) => `- ${line}`),
    "",
    "| File | Rows | Gzipped | Uncompressed |",
    "| --- | ---: | ---: | ---: |",
    ...fileRows(files),
    "",
    `Generating them took ${duration(files.seconds)} (${count(generatedBytes / 1024 ** 2 / files.seconds)} MB/s of TSV), not counted below.`,
    "",
    "| Phase | Time | Rows/s | Importer's memory after |",
    "| --- | ---: | ---: | ---: |",
    ...phaseRows(results),
    "",
    "The import's summary:",
    "",
    "```text",
    run.summary || run.stderrTail.join("\n"),
    "```",
  ].join("\n");
}
