// Runs a command (the e2e suite) on a fresh database with the demo catalogue, created on the test server and
// dropped afterwards. The database lives outside the command's process group, so stopping the command's
// web server cannot take the database down before it is dropped.
import { createDatabase } from "@/db/client";
import { seedDemoCatalogue } from "@/db/seed";
import { createTestDatabase, openTestServer } from "@/tests/support/test-databases";
import { runCli, runCommand } from "./cli";

runCli(async () => {
  const server = await openTestServer();
  const database = await createTestDatabase(server, "e2e");
  try {
    const { db, sql } = createDatabase(database.url, { maxConnections: 1 });
    await seedDemoCatalogue(db).finally(() => sql.end());
    return await runCommand(process.argv.slice(2), {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: "e2e-only-secret-not-for-production-use",
      AUTH_TRUST_HOST: "true",
    });
  } finally {
    await database.drop();
    await server.close();
  }
});
