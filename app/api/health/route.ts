// GET /api/health: for load balancers and uptime monitors, 200 while the database answers, 503 while it does not.
import { connection } from "next/server";
import { suspectDatabaseOutage } from "@/db/outage";
import { checkDatabaseHealth } from "@/db/queries/health";

export async function GET() {
  // Every request must check afresh: without this, Cache Components would prerender one answer at build time.
  await connection();
  const database = await checkDatabaseHealth();
  const isUp = database.status === "up";
  if (!isUp) suspectDatabaseOutage();
  return Response.json(
    { status: isUp ? "ok" : "degraded", database },
    { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
