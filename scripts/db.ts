// `npm run db:migrate | db:seed | db:reset`, on DATABASE_URL or the embedded database.
import { DEFAULT_DATABASE, dropDatabase, ensureDatabaseExists, openDatabaseServer } from "@/db/postgres-server";
import { createDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoCatalogue } from "@/db/seed";
import { runCli } from "./cli";

const USAGE = "usage: db <migrate|seed|reset>";

runCli(async () => {
  const task = process.argv[2];
  if (!["migrate", "seed", "reset"].includes(task ?? "")) throw new Error(USAGE);
  const server = await openDatabaseServer();
  try {
    if (task === "reset") {
      if (!server.isEmbedded) {
        throw new Error("db:reset only resets the embedded database; drop an operator's database with its own tools.");
      }
      await dropDatabase(server, DEFAULT_DATABASE);
    }
    if (server.isEmbedded) await ensureDatabaseExists(server, DEFAULT_DATABASE);
    await migrateDatabase(server.url);
    console.log("Migrations applied.");
    if (task !== "migrate") {
      const { db, sql } = createDatabase(server.url, { maxConnections: 1 });
      await seedDemoCatalogue(db).finally(() => sql.end({ timeout: 5 }));
      console.log("Demo catalogue seeded.");
    }
  } finally {
    await server.close();
  }
});
