// Finds and runs pg_dump / pg_restore: without a shell, with the password in the environment only.
import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, readdir } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import {
  libpqConnection,
  parsePgToolMajor,
  serverMajorFromVersionNum,
  toolVersionProblem,
  versionDirectoriesHighestFirst,
  type PgTool,
} from "@/lib/pg-tools";

/** A known failure of a backup or restore, told in one sentence (the CLI prints it without a stack trace). */
export class BackupError extends Error {}

const DEBIAN_POSTGRESQL_DIR = "/usr/lib/postgresql";

interface ResolvedTool {
  path: string;
  major: number;
}

async function isExecutable(file: string) {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every copy of the tool worth trying: Debian's versioned installs first, then each directory on PATH. */
async function candidatePaths(tool: PgTool): Promise<string[]> {
  const versions = await readdir(DEBIAN_POSTGRESQL_DIR).catch(() => []);
  const versioned = versionDirectoriesHighestFirst(versions).map((version) =>
    path.join(DEBIAN_POSTGRESQL_DIR, version, "bin", tool),
  );
  const onPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((directory) => path.join(directory, tool));
  const existing: string[] = [];
  for (const candidate of [...versioned, ...onPath]) {
    if (!existing.includes(candidate) && (await isExecutable(candidate))) existing.push(candidate);
  }
  return existing;
}

interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool to its end with arguments as an array (no shell, so no quoting of file names or URLs). */
function runTool(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), stdout, stderr }));
  });
}

async function toolMajor(file: string): Promise<number | undefined> {
  const run = await runTool(file, ["--version"]).catch(() => undefined);
  return run?.code === 0 ? parsePgToolMajor(run.stdout) : undefined;
}

/** PG_DUMP / PG_RESTORE when set (the operator's choice, used as is); otherwise the newest copy found. */
async function resolveTool(tool: PgTool): Promise<ResolvedTool> {
  const variable = tool === "pg_dump" ? "PG_DUMP" : "PG_RESTORE";
  const chosen = process.env[variable];
  const candidates = chosen ? [chosen] : await candidatePaths(tool);
  let newest: ResolvedTool | undefined;
  for (const candidate of candidates) {
    const major = await toolMajor(candidate);
    if (major !== undefined && (!newest || major > newest.major)) newest = { path: candidate, major };
  }
  if (!newest) {
    throw new BackupError(
      chosen
        ? `${variable}=${chosen} is not a working ${tool} (its --version failed).`
        : `No ${tool} found on PATH or in ${DEBIAN_POSTGRESQL_DIR}/*/bin: install PostgreSQL's client tools or set ${variable}.`,
    );
  }
  return newest;
}

async function serverMajor(databaseUrl: string): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version_num: string }[]>`show server_version_num`;
    return serverMajorFromVersionNum(row!.server_version_num);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The tool's path, once it is known to be recent enough for the server behind the URL. */
export async function findPgToolFor(tool: PgTool, databaseUrl: string): Promise<string> {
  const [resolved, major] = await Promise.all([resolveTool(tool), serverMajor(databaseUrl)]);
  const problem = toolVersionProblem(tool, resolved.major, major);
  if (problem) throw new BackupError(problem);
  return resolved.path;
}

/**
 * Runs the tool on the database: the URL without its password goes in --dbname, the password in PGPASSWORD,
 * and --no-password makes a wrong one fail instead of waiting at a prompt. Fails with the tool's own message.
 */
export async function runPgTool(toolPath: string, databaseUrl: string, args: string[]): Promise<void> {
  const { dbname, password } = libpqConnection(databaseUrl);
  const env = password === undefined ? process.env : { ...process.env, PGPASSWORD: password };
  const run = await runTool(toolPath, ["--no-password", `--dbname=${dbname}`, ...args], env);
  if (run.code !== 0) {
    const reason = run.stderr.trim().split("\n").slice(-3).join(" ") || `exit code ${run.code}`;
    throw new BackupError(`${path.basename(toolPath)} failed: ${reason}`);
  }
}
