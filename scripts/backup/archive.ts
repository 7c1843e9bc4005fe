// The backup archive as a file: a gzipped tar of manifest.json, one COPY file per table and the stored images, written
// from a staging directory and read back into one, checked against the manifest before anything is restored.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { create, extract } from "tar";
import {
  BACKUP_FORMAT_VERSION,
  backupManifestSchema,
  MANIFEST_FILE,
  type ArchivedFile,
  type BackupManifest,
} from "@/lib/backup-manifest";

/** A known failure of a backup or restore, told in one sentence (the CLI prints it without a stack trace). */
export class BackupError extends Error {}

export const TABLES_DIRECTORY = "tables";
export const IMAGES_DIRECTORY = "images";

/** Passes bytes through while taking their size, SHA-256 and number of lines (a COPY text row is one line). */
export class DigestingStream extends Transform {
  bytes = 0;
  lines = 0;
  private readonly hash = createHash("sha256");

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.lines++;
    this.hash.update(chunk);
    done(null, chunk);
  }

  get sha256() {
    return this.hash.digest("hex");
  }
}

export async function fileDigest(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { bytes, sha256: hash.digest("hex") };
}

/**
 * Writes the staged manifest and files as the archive, manifest first. Written aside and renamed when complete, so a
 * failed run never leaves a truncated file under the real name.
 */
export async function packArchive(staging: string, manifest: BackupManifest, file: string) {
  const partial = `${file}.partial`;
  try {
    await create({ file: partial, cwd: staging, gzip: true, portable: true }, [
      MANIFEST_FILE,
      ...manifest.tables.map((table) => table.file),
      ...manifest.images.map((image) => image.file),
    ]);
    // The archive holds what the database does, password hashes and sessions included: for its owner's eyes only.
    await chmod(partial, 0o600);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

async function startsLikeGzip(file: string) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    throw new BackupError(`Cannot read ${file}.`);
  }
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return GZIP_MAGIC.every((byte, index) => buffer[index] === byte);
  } finally {
    await handle.close();
  }
}

/** zlib's and tar's codes for a stream that stops before its end, as a copy cut short leaves it. */
const TRUNCATION_CODES = new Set(["Z_BUF_ERROR", "TAR_BAD_ARCHIVE"]);

/**
 * Unpacks the archive into `staging` and checks it: gzip's own check covers every byte, the manifest must be one this
 * app can read, and every file it lists must be there with its size and SHA-256. Fails with one sentence otherwise.
 */
export async function unpackArchive(file: string, staging: string): Promise<BackupManifest> {
  const name = path.basename(file);
  if (!(await startsLikeGzip(file))) {
    throw new BackupError(`${name} is not a Marquee backup (the .tar.gz archive npm run db:backup writes).`);
  }
  try {
    await extract({ file, cwd: staging, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    throw new BackupError(
      TRUNCATION_CODES.has(code)
        ? `${name} is incomplete: it ends early, as a copy cut short does.`
        : `${name} is damaged: ${(error as Error).message}.`,
    );
  }
  const manifest = await readManifest(name, staging);
  for (const archived of [...manifest.tables, ...manifest.images]) await assertIntact(name, staging, archived);
  return manifest;
}

async function readManifest(name: string, staging: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(staging, MANIFEST_FILE), "utf8");
  } catch {
    throw new BackupError(`${name} is incomplete: it has no ${MANIFEST_FILE}.`);
  }
  let parsed: ReturnType<typeof backupManifestSchema.safeParse>;
  try {
    parsed = backupManifestSchema.safeParse(JSON.parse(text));
  } catch {
    throw new BackupError(`${name} is damaged: its ${MANIFEST_FILE} is not JSON.`);
  }
  if (!parsed.success) throw new BackupError(`${name} is not a Marquee backup this version can read.`);
  if (parsed.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `${name} is in backup format ${parsed.data.formatVersion}, newer than this Marquee's ${BACKUP_FORMAT_VERSION}: upgrade Marquee, then restore it.`,
    );
  }
  return parsed.data;
}

async function assertIntact(name: string, staging: string, archived: ArchivedFile) {
  // The manifest's paths are compared as written: one that would leave the staging directory is not ours.
  const located = path.join(staging, archived.file);
  if (!located.startsWith(staging + path.sep)) throw new BackupError(`${name} lists a file outside the archive.`);
  const present = await stat(located).catch(() => undefined);
  if (!present?.isFile()) throw new BackupError(`${name} is incomplete: ${archived.file} is missing.`);
  const digest = await fileDigest(located);
  if (digest.bytes !== archived.bytes || digest.sha256 !== archived.sha256) {
    throw new BackupError(`${name} is damaged: ${archived.file} does not match its checksum.`);
  }
}
