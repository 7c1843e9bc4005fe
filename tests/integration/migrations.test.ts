import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
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
        "films", "film_titles", "plots", "genres", "film_genres", "countries", "film_countries", "people",
        "credits", "users", "reviews", "review_revisions", "review_reports", "film_rating_stats", "slug_redirects", "audit_log",
      ]),
    );
    const extensions = await sql<{ name: string }[]>`select extname as name from pg_extension`;
    expect(extensions.map((extension) => extension.name)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
  });

  it("are a no-op when applied again", async () => {
    const [before] = await sql`select count(*)::int as applied from drizzle.__drizzle_migrations`;
    await migrateDatabase(scratch.url);
    const [after] = await sql`select count(*)::int as applied from drizzle.__drizzle_migrations`;
    expect(after).toEqual(before);
  });

  it("refuse ratings outside 0–10, impossible years and runtimes", async () => {
    const [film] = await sql`insert into films (slug, title, year) values ('check-film-2000', 'Check', 2000) returning id`;
    const [user] = await sql`insert into users (username, email) values ('checker', 'checker@example.com') returning id`;
    await expect(sql`insert into reviews (film_id, user_id, rating) values (${film!.id}, ${user!.id}, 11)`).rejects.toThrow(
      /reviews_rating_range/,
    );
    await expect(sql`insert into films (slug, title, year) values ('old-1850', 'Old', 1850)`).rejects.toThrow(/films_year_range/);
    await expect(
      sql`insert into films (slug, title, year, runtime_minutes) values ('long-2000', 'Long', 2000, 0)`,
    ).rejects.toThrow(/films_runtime_range/);
  });

  it("allow one review per user per film", async () => {
    const [film] = await sql`insert into films (slug, title, year) values ('once-2001', 'Once', 2001) returning id`;
    const [user] = await sql`insert into users (username, email) values ('once', 'once@example.com') returning id`;
    await sql`insert into reviews (film_id, user_id, rating) values (${film!.id}, ${user!.id}, 6)`;
    await expect(sql`insert into reviews (film_id, user_id, rating) values (${film!.id}, ${user!.id}, 7)`).rejects.toThrow(
      /reviews_film_user_key/,
    );
  });
});
