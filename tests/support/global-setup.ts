// One migrated database with the demo catalogue, shared by the integration test files of this run.
import type { TestProject } from "vitest/node";
import { createDatabase } from "@/db/client";
import { seedDemoCatalogue } from "@/db/seed";
import { createTestDatabase, openTestServer } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrlTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const database = await createTestDatabase(server, "test");
  const { db, sql } = createDatabase(database.url, { maxConnections: 1 });
  await seedDemoCatalogue(db).finally(() => sql.end());
  project.provide("databaseUrl", database.url);
  project.provide("serverUrlTemplate", server.urlFor("__database__"));
  return async () => {
    await database.drop();
    await server.close();
  };
}
