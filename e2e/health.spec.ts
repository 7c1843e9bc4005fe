import { expect, test } from "@playwright/test";

interface Health {
  status: string;
  database: { status: string; latencyMs?: number; error?: string };
  sharedCache: { status: string };
}

test("the health endpoint reports the database up, and is never cached", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const health = (await response.json()) as Health;
  // The e2e server runs without REDIS_URL; e2e/shared-page-cache.slow.spec.ts sees "sharing" and "unavailable".
  expect(health).toMatchObject({ status: "ok", database: { status: "up" }, sharedCache: { status: "off" } });
  expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  expect(health.database.error).toBeUndefined();
});
