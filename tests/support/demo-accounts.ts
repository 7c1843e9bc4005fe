// The demo catalogue's accounts (db/seed/demo), which every test database holds.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/** The demo admin, `admin`. */
export async function demoAdmin() {
  const [admin] = await getDb()
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(eq(users.username, "admin"));
  return admin!;
}
