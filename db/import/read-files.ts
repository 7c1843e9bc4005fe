// Reading dataset files: plain or gzip-compressed, found by name in the paths given, streamed so that
// files larger than memory (IMDb's principals) pass through in constant space. What is wrong with a file itself
// (missing, empty, of another kind, cut short) stops the run as an ImportInputError naming the file.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { CsvError, parse } from "csv-parse";
import { LineCursor, wholeLineChunks } from "./line-chunks";
import type { Progress } from "./progress";
import { cleanText } from "./text";

/** The paths given cannot be imported (missing, of another format, malformed as a whole): said in one line. */
export class ImportInputError extends Error {}

export interface InputFile {
  path: string;
  /** The file's name, for examples in the summary. */
  name: string;
  /** Bytes on disk (compressed when gzipped), the unit of progress for streamed files. */
  size: number;
}

/** Called with the number of bytes read from disk, as they are read. */
type OnBytesRead = (bytes: number) => void;

/**
 * The files among `paths` whose names `accepts`: a file is taken when its name fits, a directory is searched
 * (not recursively). Sorted by name, so that runs are repeatable.
 */
export async function findInputFiles(paths: string[], accepts: (name: string) => boolean): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new ImportInputError(`No such file or directory: ${given}`);
    const candidates = info.isDirectory() ? (await readdir(given)).map((name) => path.join(given, name)) : [given];
    for (const candidate of candidates) {
      const name = path.basename(candidate);
      if (!accepts(name)) continue;
      found.set(path.resolve(candidate), { path: candidate, name, size: (await stat(candidate)).size });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The refusal when `paths` hold nothing a format reads: "No movies.csv or movies.csv.gz in /data/ml: it is …". */
export function noInputFileError(wanted: string, paths: string[], why?: string) {
  return new ImportInputError(`No ${wanted} in ${paths.join(", ")}${why ? `: ${why}` : ""}.`);
}

/** The file's bytes as a stream, decompressed when its name ends in .gz. */
function openBytes(file: InputFile, onBytesRead: OnBytesRead = () => {}): Readable {
  // Larger chunks than the defaults (64 kB and 16 kB): gigabytes of IMDb's files pass in fewer callbacks.
  const raw = createReadStream(file.path, { highWaterMark: 1 << 20 });
  raw.on("data", (chunk) => onBytesRead(chunk.length));
  // pipeline hands an error of either stream (a read error, a gzip cut short) to the stream read from.
  return file.name.endsWith(".gz") ? pipeline(raw, createGunzip({ chunkSize: 1 << 18 }), () => {}) : raw;
}

/** The file's text as a stream, decompressed when its name ends in .gz. */
function openText(file: InputFile, onBytesRead?: OnBytesRead): Readable {
  return openBytes(file, onBytesRead).setEncoding("utf8");
}

const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";

/**
 * What went wrong reading `file`, said as an ImportInputError when the file is to blame; other errors (bugs) are
 * returned as they are. `linesRead` is how far reading got, when the reader counts lines.
 */
function explainReadError(file: InputFile, error: unknown, linesRead?: number): unknown {
  if (error instanceof CsvError) {
    const line = `${file.name} line ${Number(error.lines)}`;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      const row = Number(error.records) + 1;
      return new ImportInputError(
        `${line}: the file ends inside a quoted field of row ${row} (cut short, or a quote never closed)`,
      );
    }
    return new ImportInputError(`${line}: ${error.message}`);
  }
  if (!isSystemError(error)) return error;
  const after = linesRead === undefined ? "" : `, after line ${linesRead}`;
  // zlib's "unexpected end of file": the compressed stream stops before its end.
  if (error.code === "Z_BUF_ERROR") return new ImportInputError(`${file.name} is truncated (gzip ended early${after})`);
  if (error.code?.startsWith("Z_")) return new ImportInputError(`${file.name} is not valid gzip (${error.message})`);
  if (error.syscall) return new ImportInputError(`${file.name} cannot be read (${error.message})`);
  return error;
}

/** `read`'s items, with the file's own failures explained (see explainReadError). */
async function* explainingReadErrors<T>(
  file: InputFile,
  read: AsyncIterable<T>,
  linesRead?: () => number,
): AsyncGenerator<T> {
  try {
    yield* read;
  } catch (error) {
    throw explainReadError(file, error, linesRead?.());
  }
}

export async function readWholeText(file: InputFile) {
  let text = "";
  for await (const chunk of explainingReadErrors(file, openText(file))) text += chunk;
  return text;
}

/**
 * The file's lines (LF or CRLF, a byte order mark dropped), with its read errors explained: one cursor, moved to
 * each chunk of whole lines as it is read, and stepped through a line at a time without an await per line (at
 * IMDb's scale, a hundred million lines in title.principals).
 */
async function* readLines(file: InputFile, onBytesRead?: OnBytesRead): AsyncGenerator<LineCursor> {
  const input = openBytes(file, onBytesRead);
  const cursor = new LineCursor();
  try {
    const chunks = wholeLineChunks(input as AsyncIterable<Buffer>);
    for await (const chunk of explainingReadErrors(file, chunks, () => cursor.linesRead)) {
      cursor.moveTo(chunk);
      yield cursor;
    }
  } finally {
    // A reader that stops early (the header check) must not leave the file open.
    input.destroy();
  }
}

/** A file expected to hold a dataset's table: `columns` are the ones its importer reads. */
export interface TableShape {
  /** What the file should be, as in "… does not look like Netflix's titles". */
  description: string;
  columns: string[];
  separator: "," | "\t";
}

const FOUND_MAX_LENGTH = 100;

/**
 * Refuses, before anything is written, a file that is empty or whose header lacks a column its importer reads:
 * a file of another dataset would otherwise be read to its end with every row skipped. Reads the first line only.
 */
export async function expectTable(file: InputFile, shape: TableShape) {
  // A gzip of nothing is not even a gzip header: it would be reported as cut short.
  if (file.size === 0) throw new ImportInputError(`${file.name} is empty`);
  let header: string | undefined;
  for await (const lines of readLines(file)) {
    while (header === undefined && lines.advance()) {
      const text = lines.text();
      if (text.trim() !== "") header = text;
    }
    if (header !== undefined) break;
  }
  if (header === undefined) throw new ImportInputError(`${file.name} is empty`);
  // As the readers see them: csv-parse unquotes a quoted header name, and neither reader trims.
  const found = header.split(shape.separator).map((name) => name.replace(/^"(.*)"$/, "$1"));
  const missing = shape.columns.filter((column) => !found.includes(column));
  if (missing.length > 0) throw lacksError(file, shape.description, { part: "its header", missing, found });
}

/** The refusal of a file from another dataset: "… does not look like Netflix's titles: its header lacks show_id (found …)". */
export function lacksError(
  file: InputFile,
  description: string,
  { part, missing, found }: { part: string; missing: string[]; found: string[] },
) {
  // What was found may be anything, a binary file's first bytes included: made printable, and cut short.
  const shown: string[] = [];
  for (const name of found.map(cleanText)) {
    if ([...shown, name].join(", ").length > FOUND_MAX_LENGTH) {
      shown.push(shown.length === 0 ? `${name.slice(0, FOUND_MAX_LENGTH)}…` : "…");
      break;
    }
    shown.push(name);
  }
  return new ImportInputError(
    `${file.name} does not look like ${description}: ${part} lacks ${missing.join(", ")} (found ${shown.join(", ") || "nothing"})`,
  );
}

interface SourceRow<T> {
  /**
   * The row's number among the data rows, from 1 (the header is not counted). Rows, not lines: a quoted CSV cell
   * may span lines, and csv-parse is five times slower when asked to count them.
   */
  row: number;
  fields: T;
}

/** Where a row is, for examples in the summary: "netflix_titles.csv row 12". */
export function rowOrigin(file: InputFile, row: number) {
  return `${file.name} row ${row}`;
}

/** A CSV file with a header row, one record per row keyed by column name (RFC 4180 quoting, CRLF or LF). */
export async function* readCsvRows(
  file: InputFile,
  onBytesRead?: OnBytesRead,
): AsyncGenerator<SourceRow<Record<string, string>>> {
  const parser = parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true });
  // Unlike pipe, pipeline hands a failure of the text (a gzip cut short) to the parser, which is what is read.
  pipeline(openText(file, onBytesRead), parser, () => {});
  let row = 0;
  const records = parser as AsyncIterable<Record<string, string>>;
  for await (const fields of explainingReadErrors(file, records, () => parser.info.lines)) {
    yield { row: ++row, fields };
  }
}

/**
 * Which rows of a TSV file to read, by their first cell (an id): the others are passed over before their line is
 * decoded, which is most of title.principals' hundred million for a catalogue of films.
 */
export type FirstCellFilter = (firstCell: string) => boolean;

/**
 * A tab-separated file with a header row, as IMDb publishes them: no quoting at all (a `"` is just a
 * character) and `\N` for a missing value, read as null. Rows `keep` refuses are counted but not read.
 */
export async function* readTsvRows(
  file: InputFile,
  onBytesRead?: OnBytesRead,
  keep?: FirstCellFilter,
): AsyncGenerator<SourceRow<Record<string, string | null>>> {
  let columns: string[] | undefined;
  let row = 0;
  for await (const lines of readLines(file, onBytesRead)) {
    while (lines.advance()) {
      if (lines.isEmpty()) continue;
      if (!columns) {
        columns = lines.text().split("\t");
        continue;
      }
      row += 1;
      if (keep && !keep(lines.firstCell())) continue;
      const cells = lines.text().split("\t");
      const fields: Record<string, string | null> = {};
      for (let index = 0; index < columns.length; index++) {
        const cell = cells[index];
        fields[columns[index]!] = cell === undefined || cell === "\\N" ? null : cell;
      }
      yield { row, fields };
    }
  }
}

/** readTsvRows of the rows whose first cell `keep` accepts, for readAsPhase. */
export const readTsvRowsWhere = (keep: FirstCellFilter) => (file: InputFile, onBytesRead: OnBytesRead) =>
  readTsvRows(file, onBytesRead, keep);

/** A file's rows read as one phase of progress, measured in bytes from disk (`read` is readCsvRows or readTsvRows). */
export async function* readAsPhase<T>(
  progress: Progress,
  label: string,
  file: InputFile,
  read: (file: InputFile, onBytesRead: OnBytesRead) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  progress.start(label, file.size, "bytes");
  yield* read(file, (bytes) => progress.advance(bytes));
  progress.finish();
}
