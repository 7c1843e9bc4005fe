import { describe, expect, it } from "vitest";
import {
  backupFileName,
  describeDatabase,
  isCustomFormatArchive,
  libpqConnection,
  parsePgToolMajor,
  serverMajorFromVersionNum,
  toolVersionProblem,
  versionDirectoriesHighestFirst,
} from "./pg-tools";

describe("parsePgToolMajor", () => {
  it("reads the major version of Debian's, Homebrew's and pre-release builds", () => {
    expect(parsePgToolMajor("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toBe(15);
    expect(parsePgToolMajor("pg_restore (PostgreSQL) 18.1 (Homebrew)")).toBe(18);
    expect(parsePgToolMajor("pg_dump (PostgreSQL) 19beta1")).toBe(19);
    expect(parsePgToolMajor("pg_dump (PostgreSQL) 9.6.24")).toBe(9);
  });

  it("gives nothing for output that is not a PostgreSQL tool's", () => {
    expect(parsePgToolMajor("command not found")).toBeUndefined();
  });
});

describe("serverMajorFromVersionNum", () => {
  it("takes the major version from server_version_num", () => {
    expect(serverMajorFromVersionNum("150020")).toBe(15);
    expect(serverMajorFromVersionNum(180001)).toBe(18);
  });

  it("refuses a value that is not a version number", () => {
    expect(() => serverMajorFromVersionNum("")).toThrow(/server_version_num/);
  });
});

describe("toolVersionProblem", () => {
  it("accepts a tool as new as the server or newer", () => {
    expect(toolVersionProblem("pg_dump", 18, 18)).toBeUndefined();
    expect(toolVersionProblem("pg_restore", 18, 15)).toBeUndefined();
  });

  it("explains in one sentence how to get a recent enough tool", () => {
    const problem = toolVersionProblem("pg_dump", 15, 18);
    expect(problem).toBe(
      "pg_dump 15 is older than the PostgreSQL 18 server it must work with (the embedded server is PostgreSQL 18 and " +
        "ships no pg_dump): install postgresql-client-18 or set PG_DUMP to a pg_dump 18 or newer.",
    );
    expect(toolVersionProblem("pg_restore", 15, 18)).toMatch(/set PG_RESTORE to a pg_restore 18 or newer\.$/);
  });
});

describe("versionDirectoriesHighestFirst", () => {
  it("orders Debian's version directories numerically, newest first, and skips anything else", () => {
    expect(versionDirectoriesHighestFirst(["9", "15", "18", "common", "16"])).toEqual(["18", "16", "15", "9"]);
  });
});

describe("libpqConnection", () => {
  it("moves the password out of the URL, decoded, and keeps everything else", () => {
    expect(libpqConnection("postgres://marquee:p%40ss%2Fw0rd@db.example.com:6543/marquee?sslmode=require")).toEqual({
      dbname: "postgres://marquee@db.example.com:6543/marquee?sslmode=require",
      password: "p@ss/w0rd",
    });
  });

  it("leaves the password to libpq's own sources when the URL has none", () => {
    expect(libpqConnection("postgres://postgres@127.0.0.1:5432/postgres")).toEqual({
      dbname: "postgres://postgres@127.0.0.1:5432/postgres",
      password: undefined,
    });
  });
});

describe("describeDatabase", () => {
  it("names the database and its server but never the credentials", () => {
    const description = describeDatabase("postgres://marquee:secret@db.example.com/marquee_prod");
    expect(description).toBe('database "marquee_prod" on db.example.com:5432');
    expect(description).not.toContain("secret");
  });
});

describe("isCustomFormatArchive", () => {
  it("recognises pg_dump's custom format by its first bytes", () => {
    expect(isCustomFormatArchive(new TextEncoder().encode("PGDMP\u0001\u000f\u0000"))).toBe(true);
    expect(isCustomFormatArchive(new TextEncoder().encode("--\n-- PostgreSQL database dump"))).toBe(false);
    expect(isCustomFormatArchive(new Uint8Array())).toBe(false);
  });
});

describe("backupFileName", () => {
  it("stamps the file with the UTC time, to the second", () => {
    expect(backupFileName(new Date("2025-01-02T03:04:05.678Z"))).toBe("marquee-20250102T030405Z.dump");
  });
});
