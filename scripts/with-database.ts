// Runs a command (next dev/build/start) against a ready database: the operator's server when DATABASE_URL is set,
// otherwise the embedded one, started here, migrated, and seeded with the demo catalogue while it is empty.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DATA_DIR } from "@/db/embedded";
import { DEFAULT_DATABASE, ensureDatabaseExists, openDatabaseServer } from "@/db/postgres-server";
import { migrateDatabase } from "@/db/migrate";
import { seedIfEmpty } from "@/db/seed/if-empty";
import { exitOnInvalidEnvironment } from "@/lib/env";
import { runCli, runCommand } from "./cli";

/** Auth.js needs a secret; a local one is generated once so the app starts with no environment at all. */
async function localAuthSecret() {
  const file = path.join(DATA_DIR, "auth-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    await mkdir(DATA_DIR, { recursive: true });
    await writeFile(file, secret + "\n", { mode: 0o600 });
    console.warn("AUTH_SECRET is not set: using a generated local secret in .data/. Set your own in production.");
    return secret;
  }
}

runCli(async () => {
  exitOnInvalidEnvironment();
  const commandLine = process.argv.slice(2);

  const server = await openDatabaseServer();
  if (server.isEmbedded) await ensureDatabaseExists(server, DEFAULT_DATABASE);
  await migrateDatabase(server.url);
  if (server.isEmbedded) await seedIfEmpty(server.url);

  const env = {
    ...process.env,
    DATABASE_URL: server.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? (await localAuthSecret()),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? (process.env.AUTH_URL ? undefined : "true"),
  };
  try {
    return await runCommand(commandLine, env);
  } finally {
    await server.close();
  }
});
