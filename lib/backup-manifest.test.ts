import { describe, expect, it } from "vitest";
import { backupFileName, backupsToPrune, loadOrder, migrationProblem } from "./backup-manifest";

const known = [
  { tag: "0000_extensions", createdAt: 1000 },
  { tag: "0001_catalogue", createdAt: 2000 },
];

describe("migrationProblem", () => {
  it("accepts an archive at any migration this app knows", () => {
    expect(migrationProblem("a.tar.gz", { tag: "0000_extensions", createdAt: 1000, hash: "h" }, known)).toBeUndefined();
  });

  it("refuses an archive of a newer migration, naming both", () => {
    expect(migrationProblem("a.tar.gz", { tag: "0002_future", createdAt: 3000, hash: "h" }, known)).toBe(
      "a.tar.gz was made by a newer Marquee (its database is at migration 0002_future, this one knows up to " +
        "0001_catalogue): upgrade Marquee, then restore it.",
    );
  });

  it("refuses an archive of a migration this app never had", () => {
    expect(migrationProblem("a.tar.gz", { tag: null, createdAt: 1500, hash: "h" }, known)).toMatch(
      /^a\.tar\.gz is at migration of 1970-01-01T00:00:01\.500Z, which this Marquee does not know/,
    );
  });
});

describe("loadOrder", () => {
  it("puts every table after the tables it references, keeping the given order otherwise", () => {
    const foreignKeys = [
      { table: "reviews", references: "films" },
      { table: "reviews", references: "users" },
      { table: "films", references: "films" },
    ];
    expect(loadOrder(["audit", "reviews", "users", "films"], foreignKeys)).toEqual([
      "audit",
      "users",
      "films",
      "reviews",
    ]);
  });

  it("refuses a cycle", () => {
    const cycle = [
      { table: "a", references: "b" },
      { table: "b", references: "a" },
    ];
    expect(() => loadOrder(["a", "b"], cycle)).toThrow("Foreign keys form a cycle among a, b.");
  });
});

describe("backupsToPrune", () => {
  it("keeps the newest archives by the time in their names and leaves other files alone", () => {
    const names = [
      "marquee-20250103T000000Z.tar.gz",
      "notes.txt",
      "marquee-20250101T000000Z.tar.gz",
      "marquee-20250104T000000Z.tar.gz",
      "marquee-20250102T000000Z.tar.gz.partial",
      "marquee-20250102T000000Z.tar.gz",
      "my-marquee-20240101T000000Z.tar.gz",
    ];
    expect(backupsToPrune(names, 2)).toEqual(["marquee-20250102T000000Z.tar.gz", "marquee-20250101T000000Z.tar.gz"]);
  });

  it("prunes nothing while there are no more than it keeps", () => {
    expect(backupsToPrune([backupFileName(new Date("2025-01-02T03:04:05.678Z"))], 1)).toEqual([]);
  });
});

describe("backupFileName", () => {
  it("names an archive by its UTC time, sortable", () => {
    expect(backupFileName(new Date("2025-01-02T03:04:05.678Z"))).toBe("marquee-20250102T030405Z.tar.gz");
  });
});
