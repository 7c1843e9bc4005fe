// Reading dataset files: plain or gzip-compressed, found by name in the paths given, streamed so that
// files larger than memory (IMDb's principals) pass through in constant space.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import type { Progress } from "./progress";

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

/** The file's text as a stream, decompressed when its name ends in .gz. */
function openText(file: InputFile, onBytesRead: OnBytesRead = () => {}): Readable {
  const raw = createReadStream(file.path);
  raw.on("data", (chunk) => onBytesRead(chunk.length));
  const text = file.name.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  // A decompression error surfaces on the stream being read, not on the file stream behind it.
  raw.on("error", (error) => text.destroy(error));
  return text.setEncoding("utf8");
}

export async function readWholeText(file: InputFile) {
  let text = "";
  for await (const chunk of openText(file)) text += chunk;
  return text;
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
  const parser = openText(file, onBytesRead).pipe(
    parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let row = 0;
  for await (const fields of parser as AsyncIterable<Record<string, string>>) yield { row: ++row, fields };
}

/**
 * A tab-separated file with a header row, as IMDb publishes them: no quoting at all (a `"` is just a
 * character) and `\N` for a missing value, read as null.
 */
export async function* readTsvRows(
  file: InputFile,
  onBytesRead?: OnBytesRead,
): AsyncGenerator<SourceRow<Record<string, string | null>>> {
  let columns: string[] | undefined;
  let row = 0;
  for await (const text of createInterface({ input: openText(file, onBytesRead), crlfDelay: Infinity })) {
    if (!columns) {
      columns = text.split("\t");
      continue;
    }
    if (text === "") continue;
    const cells = text.split("\t");
    const fields: Record<string, string | null> = {};
    for (let index = 0; index < columns.length; index++) {
      const cell = cells[index];
      fields[columns[index]!] = cell === undefined || cell === "\\N" ? null : cell;
    }
    yield { row: ++row, fields };
  }
}

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
