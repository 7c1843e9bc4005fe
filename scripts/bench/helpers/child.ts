// The bench's helper servers (the ceiling server, the query-counting relay) run in child processes of their own:
// in the bench's process they would share one event loop with the load generator and measure it instead.
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";

export interface HelperRequest {
  id: number;
  type: string;
  payload?: unknown;
}

export interface HelperReply {
  id: number;
  value?: unknown;
  error?: string;
}

export interface Helper {
  /** Sends a request to the child and resolves to its answer. */
  ask<T>(type: string, payload?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Forks a helper written in TypeScript; resolves once it has sent its first message (it is listening). */
export async function startHelper(file: string, args: string[]): Promise<Helper> {
  const child: ChildProcess = fork(file, args, {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`${file} exited with code ${code} before it was ready.`);
  });
  await Promise.race([once(child, "message"), exited]);
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  child.on("message", (message: HelperReply) => {
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.value);
  });
  return {
    ask<T>(type: string, payload?: unknown) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, type, payload } satisfies HelperRequest);
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const hasExited = once(child, "exit");
      child.kill("SIGTERM");
      await hasExited;
    },
  };
}

/** The child's side: answers each request with what `handle` returns, after telling the parent it is ready. */
export function serveHelperRequests(handle: (type: string, payload: unknown) => unknown) {
  process.on("message", async (request: HelperRequest) => {
    try {
      process.send!({ id: request.id, value: await handle(request.type, request.payload) } satisfies HelperReply);
    } catch (error) {
      process.send!({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies HelperReply);
    }
  });
  // A helper has no purpose without the bench: when the bench ends, however it ends, so does the helper.
  process.on("disconnect", () => process.exit(0));
  process.send!({ id: -1, value: "ready" } satisfies HelperReply);
}
