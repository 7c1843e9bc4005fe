// Test runs never touch the app's data: each creates databases of its own on the test server and drops them.
import { randomBytes } from "node:crypto";
import { migrateDatabase } from "@/db/migrate";
import { dropDatabase, ensureDatabaseExists, openDatabaseServer, type DatabaseServer } from "@/db/postgres-server";

/** TEST_DATABASE_URL wins, so a developer's DATABASE_URL is never used for tests when both are set. */
export const TEST_SERVER_VARIABLES = ["TEST_DATABASE_URL", "DATABASE_URL"];

export function openTestServer() {
  return openDatabaseServer(TEST_SERVER_VARIABLES);
}

export async function createTestDatabase(server: DatabaseServer, purpose: string, { migrated = true } = {}) {
  const name = `marquee_${purpose}_${randomBytes(4).toString("hex")}`;
  await ensureDatabaseExists(server, name);
  const url = server.urlFor(name);
  if (migrated) await migrateDatabase(url);
  return { name, url, drop: () => dropDatabase(server, name) };
}
