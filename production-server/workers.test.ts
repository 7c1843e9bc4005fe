import { describe, expect, it } from "vitest";
import { databaseConnectionsPerWorker } from "./workers";

describe("databaseConnectionsPerWorker", () => {
  it("shares one process's connections out among a few workers", () => {
    expect(databaseConnectionsPerWorker(2)).toBe(10);
    expect(databaseConnectionsPerWorker(3)).toBe(7);
  });

  it("keeps enough for each of many, within PostgreSQL's 100 for 16 cores", () => {
    expect(databaseConnectionsPerWorker(8)).toBe(4);
    expect(16 * databaseConnectionsPerWorker(16)).toBeLessThan(100);
  });
});
