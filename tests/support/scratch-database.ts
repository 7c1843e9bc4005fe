// A fresh, empty database for tests that must start from nothing (migrations, seeding).
import { inject } from "vitest";
import type { DatabaseServer } from "@/db/postgres-server";
import { createTestDatabase } from "./test-databases";

/** The run's test server, as seen from a test worker (the server itself is opened by the global setup). */
export function testServer(): DatabaseServer {
  const template = inject("serverUrlTemplate");
  const urlFor = (database: string) => template.replace("__database__", database);
  return { url: urlFor("postgres"), isEmbedded: false, urlFor, close: async () => {} };
}

export function createScratchDatabase(purpose: string, options?: { migrated?: boolean }) {
  return createTestDatabase(testServer(), purpose, options);
}
