// How many connections one app process keeps to each database. With several workers (production-server/workers.ts)
// the primary shares a budget out among them and tells each in its environment, so that a machine with many cores
// does not open more connections than PostgreSQL allows (100 by default).
export const CONNECTIONS_PER_PROCESS_VARIABLE = "MARQUEE_DATABASE_CONNECTIONS";

const DEFAULT_CONNECTIONS = 10;

export function connectionsPerProcess() {
  const setting = Number(process.env[CONNECTIONS_PER_PROCESS_VARIABLE]);
  return Number.isInteger(setting) && setting > 0 ? setting : DEFAULT_CONNECTIONS;
}
