// GET /api/health: for load balancers and uptime monitors, 200 while the database answers, 503 while it does not.
// It also says whether this server shares its pages through Redis (REDIS_URL): without Redis the site still serves,
// rendering what it would have found there, so that alone never makes the answer 503.
import { connection } from "next/server";
import { sharedCache } from "@/cache-handlers/shared-cache-slot.mjs";
import { suspectDatabaseOutage } from "@/db/outage";
import { checkDatabaseHealth } from "@/db/queries/health";

function sharedCacheStatus() {
  const cache = sharedCache();
  if (!cache) return "off";
  return cache.isSharing() ? "sharing" : "unavailable";
}

export async function GET() {
  // Every request must check afresh: without this, Cache Components would prerender one answer at build time.
  await connection();
  const database = await checkDatabaseHealth();
  const isUp = database.status === "up";
  if (!isUp) suspectDatabaseOutage();
  return Response.json(
    { status: isUp ? "ok" : "degraded", database, sharedCache: { status: sharedCacheStatus() } },
    { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
