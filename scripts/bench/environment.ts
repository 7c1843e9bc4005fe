// The machine a run is made on, for the first line of its section: figures mean little without it.
import os from "node:os";
import type postgres from "postgres";
import type { DatabaseServer } from "@/db/postgres-server";
import type { Environment } from "./report";

export async function describeEnvironment(
  sql: postgres.Sql,
  databaseServer: string,
  loadAverageAtStart: number,
): Promise<Environment> {
  const [row] = await sql<{ version: string }[]>`select version()`;
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    memoryGiB: os.totalmem() / 1024 ** 3,
    loadAverageAtStart,
    node: process.version,
    postgres: row!.version.split(" on ")[0]!,
    databaseServer,
  };
}

/** "the server at 127.0.0.1:5432", or the embedded one: where the run's database lived. */
export function describeServer(server: DatabaseServer, databaseUrl: string) {
  return server.isEmbedded ? "the embedded server" : `the server at ${new URL(databaseUrl).host}`;
}
