import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SummaryReport } from "@/db/import/summary";
import { externalIds } from "@/db/schema";
import { fixturePath, openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import { createFilm, createUser } from "../support/factories";

describe("importing a MovieLens directory", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
  let firstRun: SummaryReport;
  const dataset = fixturePath("movielens");

  const ratingsOf = (username: string) =>
    catalogue.sql<{ slug: string; rating: number; body: string | null; ratedAt: number }[]>`
      select f.slug, r.rating, r.body, extract(epoch from r.created_at)::int as "ratedAt"
      from reviews r join films f on f.id = r.film_id join users u on u.id = r.user_id
      where u.username = ${username} order by f.slug`;

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_movielens");
    // Already in the catalogue under its original title, with its IMDb id from an earlier import.
    const postino = await createFilm({ slug: "il-postino-1994", title: "Il Postino", year: 1994 }, catalogue.db);
    await catalogue.db.insert(externalIds).values({ source: "imdb", externalId: "tt0110877", filmId: postino.id });
    // Someone signed up with the name a generated member would get.
    await createUser(
      { username: "movielens_3", email: "three@example.com", passwordHash: "argon2id-hash" },
      catalogue.db,
    );
    firstRun = await catalogue.importFiles("movielens", [dataset]);
  });

  afterAll(() => catalogue.close());

  it("imports films with their MovieLens, IMDb and TMDB ids, matching by id before title", async () => {
    expect(firstRun.counts.films).toEqual({ imported: 4, updated: 1, merged: 1, skipped: 2 });
    const ids = await catalogue.sql<{ slug: string; ids: string[] }[]>`
      select f.slug, array(select e.source || ':' || e.external_id from external_ids e where e.film_id = f.id order by 1) as ids
      from films f order by f.slug`;
    expect(ids).toEqual([
      { slug: "death-note-desu-noto-2006", ids: ["imdb:tt0877057", "movielens:4"] },
      { slug: "harbour-bells-1995", ids: ["imdb:tt0000005", "movielens:5", "movielens:6", "tmdb:505", "tmdb:606"] },
      { slug: "il-postino-1994", ids: ["imdb:tt0110877", "movielens:1", "tmdb:11010"] },
      { slug: "quiet-tide-2011", ids: ["movielens:8"] },
      { slug: "seven-1995", ids: ["imdb:tt0114369", "movielens:2", "tmdb:807"] },
    ]);
  });

  it("reads MovieLens titles: the article moved back, other titles in parentheses kept, genres mapped", async () => {
    const [seven] = await catalogue.sql`
      select array(select t.title from film_titles t where t.film_id = f.id) as titles from films f where f.slug = 'seven-1995'`;
    expect(seven).toEqual({ titles: ["Se7en"] });
    const [bells] = await catalogue.sql`
      select array(select g.name from film_genres fg join genres g on g.id = fg.genre_id where fg.film_id = f.id order by g.name) as genres
      from films f where f.slug = 'harbour-bells-1995'`;
    expect(bells).toEqual({ genres: ["Family", "Science Fiction"] });
    expect(firstRun.skipped.map(({ subject, reason }) => `${subject}: ${reason}`)).toEqual(
      expect.arrayContaining([
        "films: no year",
        "films: year outside 1870–2100",
        "genres: not a genre",
        "links: imdbId is not a number",
      ]),
    );
  });

  it("turns ratings into bare ratings by generated members nobody can sign in as, half stars mapped exactly", async () => {
    expect(await ratingsOf("movielens_1")).toEqual([
      { slug: "harbour-bells-1995", rating: 7, body: null, ratedAt: 964982705 },
      { slug: "il-postino-1994", rating: 8, body: null, ratedAt: 964982703 },
      { slug: "seven-1995", rating: 1, body: null, ratedAt: 964982704 },
    ]);
    const members = await catalogue.sql`
      select username, email, password_hash from users where username like 'movielens%' order by username`;
    expect(members).toEqual([
      { username: "movielens_1", email: "movielens_1@movielens.invalid", password_hash: null },
      { username: "movielens_2", email: "movielens_2@movielens.invalid", password_hash: null },
      { username: "movielens_3", email: "three@example.com", password_hash: "argon2id-hash" },
    ]);
    expect(await ratingsOf("movielens_3")).toEqual([]);
  });

  it("skips ratings it cannot place, each with its reason", () => {
    expect(firstRun.counts.ratings).toEqual({ imported: 4, skipped: 7 });
    expect(firstRun.counts.members).toEqual({ imported: 2, skipped: 1 });
    const reasons = Object.fromEntries(
      firstRun.skipped.filter((group) => group.subject === "ratings").map((group) => [group.reason, group.count]),
    );
    expect(reasons).toEqual({
      "film not imported (not in movies.csv, or skipped)": 2,
      "a second rating of the same film by the same user": 1,
      "rating is not 0.5–5 in half stars": 2,
      "timestamp is not a past date": 1,
      "its user's member could not be created (see members)": 1,
    });
    expect(firstRun.notes).toEqual(["tags.csv was not imported: Marquee has no tags."]);
  });

  it("keeps film_rating_stats equal to a recount", async () => {
    expect(await catalogue.ratingStatsMismatches()).toEqual([]);
  });

  it("imports nothing new when run again", async () => {
    const before = await catalogue.snapshot();
    const secondRun = await catalogue.importFiles("movielens", [dataset]);
    expect(secondRun.counts.films).toEqual({ unchanged: 5, merged: 1, skipped: 2 });
    expect(secondRun.counts.ratings).toEqual({ unchanged: 4, skipped: 7 });
    expect(secondRun.counts.members).toEqual({ matched: 2, skipped: 1 });
    expect(secondRun.added).toEqual({});
    expect(await catalogue.snapshot()).toEqual(before);
  });

  it("corrects a rating that changed in the source, and the film's stats with it", async () => {
    const changed = await mkdtemp(path.join(os.tmpdir(), "marquee-movielens-"));
    try {
      await cp(dataset, changed, { recursive: true });
      const ratings = await readFile(path.join(dataset, "ratings.csv"), "utf8");
      await writeFile(path.join(changed, "ratings.csv"), ratings.replace("1,1,4.0,964982703", "1,1,2.0,964982703"));
      const run = await catalogue.importFiles("movielens", [changed]);
      expect(run.counts.ratings).toEqual({ updated: 1, unchanged: 3, skipped: 7 });
      expect((await ratingsOf("movielens_1")).find((rating) => rating.slug === "il-postino-1994")?.rating).toBe(4);
      expect(await catalogue.ratingStatsMismatches()).toEqual([]);
    } finally {
      await rm(changed, { recursive: true, force: true });
    }
  });
});
