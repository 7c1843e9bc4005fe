// The API's per-address counts when the server runs several workers (production-server/workers.ts): the workers
// share one port, and a client's requests land on any of them, so counting in each worker would let a client make
// the limit times the number of workers. The primary process keeps the counts instead, and each worker asks it over
// the cluster's channel (a message each way on the same machine, a few microseconds). A worker whose question goes
// unanswered counts on its own rather than holding the request.
import cluster from "node:cluster";
import { createRateLimiter, type RateLimiter, type RateLimitVerdict } from "./rate-limit";

const MESSAGE_TYPE = "marquee:rate-limit-hit";
const ANSWER_TIMEOUT_MS = 1_000;

/** What a worker's limiter is made with in the primary: what crosses the channel of RateLimiterOptions. */
export interface SharedLimiterOptions {
  limit: number;
  windowMs: number;
}

interface Hit {
  type: typeof MESSAGE_TYPE;
  id: number;
  limiter: string;
  options: SharedLimiterOptions;
  key: string;
}

interface Answer {
  type: typeof MESSAGE_TYPE;
  id: number;
  verdict: RateLimitVerdict;
}

function isOfType<Message>(message: unknown): message is Message {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === MESSAGE_TYPE;
}

/** In the primary: answers every worker's hits from one limiter per name. */
export function countHitsForWorkers() {
  const limiters = new Map<string, RateLimiter>();
  cluster.on("message", (worker, message: unknown) => {
    if (!isOfType<Hit>(message)) return;
    let limiter = limiters.get(message.limiter);
    if (!limiter) {
      limiter = createRateLimiter(message.options);
      limiters.set(message.limiter, limiter);
    }
    const answer: Answer = { type: MESSAGE_TYPE, id: message.id, verdict: limiter.hit(message.key) };
    worker.send(answer);
  });
}

interface WorkerChannel {
  nextId: number;
  waiting: Map<number, (verdict: RateLimitVerdict) => void>;
}

// On globalThis: every route bundle loads this module apart, and one listener per process must serve them all.
const globalForChannel = globalThis as unknown as { marqueeRateLimitChannel?: WorkerChannel };

function workerChannel() {
  if (!globalForChannel.marqueeRateLimitChannel) {
    const channel: WorkerChannel = { nextId: 0, waiting: new Map() };
    process.on("message", (message: unknown) => {
      if (!isOfType<Answer>(message)) return;
      channel.waiting.get(message.id)?.(message.verdict);
      channel.waiting.delete(message.id);
    });
    globalForChannel.marqueeRateLimitChannel = channel;
  }
  return globalForChannel.marqueeRateLimitChannel;
}

/** Whether this process is a worker whose primary keeps the counts. */
export function isClusterWorker() {
  return cluster.isWorker && typeof process.send === "function";
}

/**
 * Counts a hit by `key` on the primary's limiter `limiter`; `fallback` counts it in this worker when the primary
 * does not answer in time.
 */
export function hitInPrimary(
  limiter: string,
  options: SharedLimiterOptions,
  key: string,
  fallback: RateLimiter,
): Promise<RateLimitVerdict> {
  const channel = workerChannel();
  const id = channel.nextId++;
  return new Promise((resolve) => {
    const countHere = () => {
      channel.waiting.delete(id);
      resolve(fallback.hit(key));
    };
    const timeout = setTimeout(countHere, ANSWER_TIMEOUT_MS);
    channel.waiting.set(id, (verdict) => {
      clearTimeout(timeout);
      resolve(verdict);
    });
    const hit: Hit = { type: MESSAGE_TYPE, id, limiter, options, key };
    // The channel closes as the server stops.
    process.send!(hit, undefined, {}, (error) => {
      if (!error) return;
      clearTimeout(timeout);
      countHere();
    });
  });
}
