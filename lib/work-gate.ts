// A bound on work that takes a core each (argon2id): a few at a time, a short queue, a refusal past it. Without one,
// a flood of sign-ins queues unbounded hashing on the thread pool and the whole site waits behind it.

export const BUSY_MESSAGE = "Marquee is busy checking passwords just now, so nothing was done. Try again in a moment.";
/** When to try again: a moment, since the queue drains in a second or two. */
export const BUSY_RETRY_SECONDS = 5;

/** Thrown when the gate's queue is full or the wait too long: the caller answers "busy, try again" (429). */
export class ServerBusy extends Error {
  constructor() {
    super("too much of this work is waiting");
    this.name = "ServerBusy";
  }
}

export interface WorkGateOptions {
  /** How many may run at once. */
  running: number;
  /** How many may wait for a turn; one more is refused at once. */
  waiting: number;
  /** How long one may wait for its turn before it is refused. */
  maxWaitMs: number;
}

export function createWorkGate({ running: maxRunning, waiting: maxWaiting, maxWaitMs }: WorkGateOptions) {
  let running = 0;
  const queue: (() => void)[] = [];

  /** Resolves when the caller holds a turn: a free one, or one handed over by work that ended. */
  function turn() {
    if (running < maxRunning) {
      running += 1;
      return Promise.resolve();
    }
    if (queue.length >= maxWaiting) return Promise.reject(new ServerBusy());
    return new Promise<void>((resolve, reject) => {
      const handOver = () => {
        clearTimeout(timeout);
        resolve();
      };
      const timeout = setTimeout(() => {
        queue.splice(queue.indexOf(handOver), 1);
        reject(new ServerBusy());
      }, maxWaitMs);
      queue.push(handOver);
    });
  }

  return async function run<T>(work: () => Promise<T>): Promise<T> {
    await turn();
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
