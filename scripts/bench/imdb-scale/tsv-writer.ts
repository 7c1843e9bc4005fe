// Writes one gzipped TSV file fast. Each row is encoded straight into a megabyte buffer, so the row's string dies
// young (gathering rows into a long string first spent most of the time in the garbage collector), and zlib, at
// level 1, compresses full buffers on libuv's thread pool while the generator makes the next rows.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { constants, createGzip } from "node:zlib";

const CHUNK_BYTES = 1 << 20;
/** Longer than any row the generator makes: a row starts a new chunk unless this much room is left. */
const MAX_ROW_BYTES = 64 << 10;

export interface WrittenFile {
  name: string;
  rows: number;
  /** On disk, gzipped. */
  bytes: number;
  uncompressedBytes: number;
}

/** Where rows go, one line of cells at a time (already in IMDb's form: `\N` for null, no tabs or line breaks). */
export interface RowSink {
  add(line: string): void;
}

export class TsvWriter implements RowSink {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private rows = 0;
  private readonly gzip = createGzip({
    level: constants.Z_BEST_SPEED,
    chunkSize: 256 << 10,
  });
  private readonly file;
  private readonly written: Promise<void>;

  constructor(
    readonly name: string,
    path: string,
    header: string[],
  ) {
    this.file = createWriteStream(path, { highWaterMark: 1 << 20 });
    this.written = pipeline(this.gzip, this.file);
    this.append(header.join("\t"));
  }

  add(line: string) {
    this.append(line);
    this.rows++;
  }

  private append(line: string) {
    if (this.used > CHUNK_BYTES - MAX_ROW_BYTES) this.handOver();
    this.used += this.chunk.write(line, this.used);
    this.chunk[this.used++] = 0x0a;
  }

  /** The full chunk goes to zlib, which keeps it until compressed: the next rows go into a new one. */
  private handOver() {
    this.gzip.write(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  /** Waits, when zlib has chunks still to compress, until it has caught up: memory stays at a few chunks a file. */
  async keepPace() {
    if (this.gzip.writableNeedDrain) await once(this.gzip, "drain");
  }

  async close(): Promise<WrittenFile> {
    this.handOver();
    this.gzip.end();
    await this.written;
    return {
      name: this.name,
      rows: this.rows,
      bytes: this.file.bytesWritten,
      uncompressedBytes: this.gzip.bytesWritten,
    };
  }
}
