import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseUnreachableError, openDatabaseServer } from "@/db/postgres-server";

const VARIABLE = "MARQUEE_TEST_SERVER_URL";

describe("openDatabaseServer", () => {
  afterEach(() => {
    delete process.env[VARIABLE];
  });

  it("names the variable and the host when the server cannot be reached", async () => {
    process.env[VARIABLE] = "postgres://marquee:secret@127.0.0.1:1/marquee";
    const opening = openDatabaseServer([VARIABLE]);
    await expect(opening).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(opening).rejects.toThrow(/MARQUEE_TEST_SERVER_URL \(host 127\.0\.0\.1:1\)/);
  });

  it("says what is wrong with a URL that is not a postgres:// URL", async () => {
    process.env[VARIABLE] = "mysql://localhost/marquee";
    await expect(openDatabaseServer([VARIABLE])).rejects.toThrow(
      /MARQUEE_TEST_SERVER_URL must start with postgres:\/\//,
    );
    process.env[VARIABLE] = "not a url";
    await expect(openDatabaseServer([VARIABLE])).rejects.toThrow(/MARQUEE_TEST_SERVER_URL is not a valid URL/);
  });
});

describe("the launcher behind npm run dev/build/start", () => {
  it("stops with one line naming DATABASE_URL and the host, without a stack trace", () => {
    const result = spawnSync("npx", ["tsx", "scripts/with-database.ts", "true"], {
      env: { ...process.env, DATABASE_URL: "postgres://marquee@127.0.0.1:1/marquee" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot reach the PostgreSQL server in DATABASE_URL \(host 127\.0\.0\.1:1\)/);
  });
});
