import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, migrateDatabaseUpTo, MIGRATIONS_FOLDER } from "@/db/migrate";
import { createScratchDatabase } from "../support/scratch-database";

describe("migrations", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let sql: postgres.Sql;

  beforeAll(async () => {
    scratch = await createScratchDatabase("migrations", { migrated: false });
    sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await sql.end();
    await scratch.drop();
  });

  it("apply to an empty database and create every table and extension", async () => {
    await migrateDatabase(scratch.url);
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables where table_schema = 'public'`;
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        "films",
        "film_titles",
        "plots",
        "genres",
        "film_genres",
        "countries",
        "film_countries",
        "people",
        "credits",
        "users",
        "reviews",
        "review_revisions",
        "review_reports",
        "film_rating_stats",
        "slug_redirects",
        "audit_log",
      ]),
    );
    const extensions = await sql<{ name: string }[]>`select extname as name from pg_extension`;
    expect(extensions.map((extension) => extension.name)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
  });

  it("repair a database that applied 0009 before it was edited: search finds its function", async () => {
    // A database as it stood before 0012, the repair: migrated that far, with 0009's function as it first landed
    // (the word candidates without is_typed).
    const before0012 = await createScratchDatabase("migrations-before-0012", { migrated: false });
    const earlier = postgres(before0012.url, { max: 1, onnotice: () => {} });
    try {
      await migrateDatabaseUpTo(before0012.url, "0011_newest_first_indexes");
      await earlier`drop function marquee_word_candidates(text, boolean, integer)`;
      await earlier`create function marquee_word_candidates(query_word text, max_candidates integer) returns text[]
        language sql stable as $$ select array[query_word] $$`;

      await migrateDatabase(before0012.url);

      const signatures = await earlier<{ signature: string }[]>`
        select oid::regprocedure::text as signature from pg_proc where proname = 'marquee_word_candidates'`;
      expect(signatures.map((row) => row.signature)).toEqual(["marquee_word_candidates(text,boolean,integer)"]);
    } finally {
      await earlier.end();
      await before0012.drop();
    }
  });

  it("are a no-op when applied again", async () => {
    const [before] = await sql`select count(*)::int as applied from drizzle.__drizzle_migrations`;
    await migrateDatabase(scratch.url);
    const [after] = await sql`select count(*)::int as applied from drizzle.__drizzle_migrations`;
    expect(after).toEqual(before);
  });

  it("refuse ratings outside 0–10, impossible years and runtimes", async () => {
    const [film] =
      await sql`insert into films (slug, title, year) values ('check-film-2000', 'Check', 2000) returning id`;
    const [user] =
      await sql`insert into users (username, email) values ('checker', 'checker@example.com') returning id`;
    await expect(
      sql`insert into reviews (film_id, user_id, rating) values (${film!.id}, ${user!.id}, 11)`,
    ).rejects.toThrow(/reviews_rating_range/);
    await expect(sql`insert into films (slug, title, year) values ('old-1850', 'Old', 1850)`).rejects.toThrow(
      /films_year_range/,
    );
    await expect(
      sql`insert into films (slug, title, year, runtime_minutes) values ('long-2000', 'Long', 2000, 0)`,
    ).rejects.toThrow(/films_runtime_range/);
  });

  it("allow one review per user per film", async () => {
    const [film] = await sql`insert into films (slug, title, year) values ('once-2001', 'Once', 2001) returning id`;
    const [user] = await sql`insert into users (username, email) values ('once', 'once@example.com') returning id`;
    await sql`insert into reviews (film_id, user_id, rating) values (${film!.id}, ${user!.id}, 6)`;
    await expect(
      sql`insert into reviews (film_id, user_id, rating) values (${film!.id}, ${user!.id}, 7)`,
    ).rejects.toThrow(/reviews_film_user_key/);
  });
});

// A migration that has landed may have run on someone's database: an edit would never reach it. Each one in the
// journal must match the checksum recorded when it landed; a new one is recorded in db/migration-checksums.json.
describe("migrations that have landed", () => {
  it("are never edited", async () => {
    const journal = JSON.parse(await readFile(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    const recorded = JSON.parse(await readFile(path.resolve("db/migration-checksums.json"), "utf8")) as Record<
      string,
      string
    >;
    for (const { tag } of journal.entries) {
      const checksum = createHash("sha256")
        .update(await readFile(path.join(MIGRATIONS_FOLDER, `${tag}.sql`)))
        .digest("hex");
      const hint = recorded[tag]
        ? `${tag}.sql was edited after it landed: put it back and write a new migration instead`
        : `${tag} is new: record "${tag}": "${checksum}" in db/migration-checksums.json`;
      expect(checksum, hint).toBe(recorded[tag]);
    }
  });
});
