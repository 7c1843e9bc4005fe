// The Redis tests talk to: TEST_REDIS_URL, or the machine's own on 127.0.0.1:6379 (.ci/run starts one where none
// answers). Each test run keeps its keys under a prefix of its own and removes them after.
import { randomUUID } from "node:crypto";
import { connect } from "node:net";
import { createClient } from "@redis/client";

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A prefix no other run uses. */
export function testKeyPrefix(name: string) {
  return `marquee-test:${name}:${randomUUID()}:`;
}

/** Removes every key under `prefix`. */
export async function removeKeys(prefix: string) {
  const client = await createClient({ url: TEST_REDIS_URL }).connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    client.destroy();
  }
}

/**
 * Why the Redis tests cannot run here, or undefined when they can. Only outside CI may they be skipped, on a machine
 * with no Redis (Redis is optional for Marquee itself); in CI a missing Redis fails them.
 */
export async function whyNoRedis(): Promise<string | undefined> {
  if (process.env.CI) return undefined;
  const { hostname, port } = new URL(TEST_REDIS_URL);
  const socket = connect({ host: hostname, port: Number(port || 6379), timeout: 1_000 });
  const answers = await new Promise<boolean>((resolve) => {
    socket.once("connect", () => resolve(true));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => resolve(false));
  });
  socket.destroy();
  return answers ? undefined : `no Redis answers at ${TEST_REDIS_URL} (set TEST_REDIS_URL)`;
}
