// Read replicas against a real streaming replica: a private primary and a replica of it made with pg_basebackup
// (tests/support/streaming-replica.ts), never the machine's shared server.
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  streamingReplicaUnavailableReason,
  startStreamingPair,
  type StreamingPair,
} from "../support/streaming-replica";

const cache = vi.hoisted(() => ({ updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/cache", () => cache);

const unavailable = streamingReplicaUnavailableReason();
if (unavailable) console.warn(`Read replica tests skipped: ${unavailable}`);

describe.skipIf(unavailable)("read replicas (DATABASE_REPLICA_URLS)", () => {
  let pair: StreamingPair;
  let replicaSql: postgres.Sql;
  let modules: {
    client: typeof import("@/db/client");
    replicas: typeof import("@/db/replicas");
    invalidateAfter: typeof import("@/app/_data/invalidation").invalidateAfter;
    users: typeof import("@/db/schema").users;
  };

  beforeAll(async () => {
    pair = await startStreamingPair();
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase(pair.primaryUrl);
    // The app's client opens on first use, from these.
    process.env.DATABASE_URL = pair.primaryUrl;
    process.env.DATABASE_REPLICA_URLS = pair.replicaUrl;
    replicaSql = postgres(pair.replicaUrl, { max: 1, onnotice: () => {} });
    modules = {
      client: await import("@/db/client"),
      replicas: await import("@/db/replicas"),
      invalidateAfter: (await import("@/app/_data/invalidation")).invalidateAfter,
      users: (await import("@/db/schema")).users,
    };
  }, 180_000);

  afterAll(async () => {
    await replicaSql?.end();
    await pair?.dispose();
  });

  let userCount = 0;
  async function addUserOnPrimary() {
    const username = `replica_${++userCount}_${Date.now()}`;
    const [user] = await modules.client
      .getDb()
      .insert(modules.users)
      .values({ username, email: `${username}@example.org` })
      .returning();
    return user!;
  }

  /** Where the app's reads of a user go: whether that server is a standby, and whether it has the user yet. */
  async function readUser(id: number) {
    const { users } = modules;
    const [row] = await modules.client
      .getDb()
      .select({ id: users.id, onStandby: sql<boolean>`pg_is_in_recovery()` })
      .from(users)
      .where(eq(users.id, id));
    return row;
  }

  async function replicaHas(id: number) {
    return (await replicaSql`select 1 from users where id = ${id}`).length === 1;
  }

  it("sends writes to the primary and reads to the replica", async () => {
    const user = await addUserOnPrimary();
    await modules.replicas.waitForReplicas();
    expect(await readUser(user.id)).toEqual({ id: user.id, onStandby: true });
    // The replica itself refuses writes: the insert above can only have gone to the primary.
    await expect(
      replicaSql`insert into users (username, email) values ('nobody', 'nobody@example.org')`,
    ).rejects.toThrow(/read-only/);
  });

  it("invalidates a write's pages only once the replica holds it, so no page is cached from before the write", async () => {
    await replicaSql`select pg_wal_replay_pause()`;
    const user = await addUserOnPrimary();
    const updating = modules.invalidateAfter({ kind: "member-access-changed", userId: user.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(await replicaHas(user.id)).toBe(false);

    await replicaSql`select pg_wal_replay_resume()`;
    await updating;
    expect(cache.updateTag).toHaveBeenCalledWith(`user:${user.id}`);
    expect(await replicaHas(user.id)).toBe(true);
    expect(await readUser(user.id)).toEqual({ id: user.id, onStandby: true });
  });

  it("leaves a lagging replica out of reads until it is in step again", async () => {
    await replicaSql`select pg_wal_replay_pause()`;
    const user = await addUserOnPrimary();
    await modules.replicas.waitForReplicas(200);
    // The replica is behind: reads go to the primary, which has the user.
    expect(await readUser(user.id)).toEqual({ id: user.id, onStandby: false });

    await replicaSql`select pg_wal_replay_resume()`;
    await modules.replicas.waitForReplicas();
    expect(await readUser(user.id)).toEqual({ id: user.id, onStandby: true });
  });
});
