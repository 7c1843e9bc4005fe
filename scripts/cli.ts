// Shared by command-line scripts: known failures print one clear line, and child commands run in a process
// group of their own so that stopping them also stops the workers `next` forks.
import { spawn } from "node:child_process";
import { EmbeddedVersionMismatchError } from "@/db/embedded-version";
import { DatabaseUnreachableError } from "@/db/postgres-server";

/** Failures whose message says all there is to say: printed alone, without a stack trace. */
const ONE_LINE_ERRORS = [DatabaseUnreachableError, EmbeddedVersionMismatchError];

export function runCli(main: () => Promise<number | void>) {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      if (ONE_LINE_ERRORS.some((kind) => error instanceof kind)) console.error((error as Error).message);
      else console.error(error);
      process.exit(1);
    },
  );
}

/** Runs a command to its end, forwarding SIGINT and SIGTERM to its whole process group; resolves to its exit code. */
export async function runCommand(commandLine: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...args] = commandLine;
  if (!command) throw new Error("No command given.");
  const child = spawn(command, args, { stdio: "inherit", env, detached: true });
  const forward = (signal: NodeJS.Signals) => {
    if (child.pid) process.kill(-child.pid, signal);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.on("error", reject);
      child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  }
}
