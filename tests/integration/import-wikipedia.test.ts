import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SummaryReport } from "@/db/import/summary";
import { fixturePath, openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import { createFilm } from "../support/factories";

describe("importing the Wikipedia American films", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
  let dataset: string;
  let firstRun: SummaryReport;

  const filmsBySlug = async () =>
    catalogue.sql<{ slug: string; title: string; year: number; wikipediaIds: string[] }[]>`
      select f.slug, f.title, f.year,
             array(select e.external_id from external_ids e where e.film_id = f.id and e.source = 'wikipedia') as "wikipediaIds"
      from films f order by f.slug`;

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_wikipedia");
    // The dataset ships gzipped; one file of the fixture is compressed here so both kinds are read.
    dataset = await mkdtemp(path.join(os.tmpdir(), "marquee-wikipedia-"));
    await writeFile(
      path.join(dataset, "movies-1990s.json.gz"),
      gzipSync(await readFile(fixturePath("wikipedia", "movies-1990s.json"))),
    );
    await cp(fixturePath("wikipedia", "movies-2000s.json"), path.join(dataset, "movies-2000s.json"));
    // Already in the catalogue, spelled without the accent: the import adds to it instead of duplicating it.
    await createFilm({ slug: "les-miserables-2001", title: "Les Miserables", year: 2001 }, catalogue.db);
    firstRun = await catalogue.importFiles("wikipedia", [dataset]);
  });

  afterAll(async () => {
    await rm(dataset, { recursive: true, force: true });
    await catalogue.close();
  });

  it("imports every valid film, gzipped or not, and skips malformed rows with their reason", () => {
    expect(firstRun.counts.films).toEqual({ imported: 7, updated: 1, merged: 1, skipped: 3 });
    const filmSkips = firstRun.skipped.filter((group) => group.subject === "films");
    expect(filmSkips.map(({ reason, count }) => ({ reason, count }))).toEqual(
      expect.arrayContaining([
        { reason: "no title", count: 1 },
        { reason: "year outside 1870–2100", count: 1 },
        { reason: "year is not a number", count: 1 },
      ]),
    );
    expect(filmSkips.find((group) => group.reason === "no title")?.examples).toEqual(['movies-1990s.json.gz #7: ""']);
  });

  it("credits the plot to Wikipedia under CC BY-SA, linking the article", async () => {
    const plots = await catalogue.sql`
      select p.source, p.source_url, p.license, p.language from plots p join films f on f.id = p.film_id
      where f.slug = 'the-quiet-harbour-1994'`;
    expect(plots).toEqual([
      {
        source: "Wikipedia",
        source_url: "https://en.wikipedia.org/wiki/The_Quiet_Harbour",
        license: "CC BY-SA 4.0",
        language: "en",
      },
    ]);
  });

  it("cleans cast names and leaves out table-parsing debris", async () => {
    const cast = await catalogue.sql<{ name: string }[]>`
      select p.name from credits c join people p on p.id = c.person_id join films f on f.id = c.film_id
      where f.slug = 'the-quiet-harbour-1994' and c.role = 'cast' order by c.position`;
    expect(cast.map((person) => person.name)).toEqual([
      "Ada Lindqvist",
      "Bruno Keller",
      "Célia Moreau",
      "Katherine Vale",
    ]);
    expect(firstRun.skipped).toContainEqual(expect.objectContaining({ subject: "cast names", count: 2 }));
    // One person per name across films, found again by name ("Bruno Keller (actor)" is "Bruno Keller").
    expect(firstRun.counts.people).toEqual({ imported: 6 });
  });

  it("maps genres to the catalogue's names and takes countries from the article's first sentence", async () => {
    const rows = await catalogue.sql<{ slug: string; genres: string[]; countries: string[] }[]>`
      select f.slug,
             array(select g.name from film_genres fg join genres g on g.id = fg.genre_id where fg.film_id = f.id order by g.name) as genres,
             array(select fc.country_code from film_countries fc where fc.film_id = f.id order by fc.country_code) as countries
      from films f where f.slug in ('the-quiet-harbour-1994', 'carmen-2003', 'night-train-2-1-2-1996') order by f.slug`;
    expect(rows).toEqual([
      // "a 2003 Spanish-Italian-British musical drama film", though listed among American films.
      { slug: "carmen-2003", genres: ["Musical"], countries: ["ES", "GB", "IT"] },
      // "a 1996 comedy film": no country named, none guessed.
      { slug: "night-train-2-1-2-1996", genres: ["Comedy"], countries: [] },
      { slug: "the-quiet-harbour-1994", genres: ["Animation", "Drama"], countries: ["US"] },
    ]);
    expect(firstRun.skipped).toContainEqual(
      expect.objectContaining({ subject: "genres", reason: "not a genre", count: 2 }),
    );
  });

  it("merges a film listed twice, and keeps films apart that only share a title and year", async () => {
    const slugs = await filmsBySlug();
    expect(slugs.map((film) => film.slug)).toEqual([
      "carmen-2003",
      "carmen-2003-2",
      "les-miserables-2001",
      "night-train-2-1-2-1996",
      "red-canyon-1998",
      "red-canyon-1999",
      "the-quiet-harbour-1994",
      "twin-peaks-road-1997",
    ]);
    const twinPeaksCast = await catalogue.sql`
      select p.name from credits c join people p on p.id = c.person_id join films f on f.id = c.film_id
      where f.slug = 'twin-peaks-road-1997' order by p.name`;
    expect(twinPeaksCast.map((person) => person.name)).toEqual(["Dana Ruiz", "Eli Novak"]);
    // An article link shared by two films (a disambiguation page) identifies neither.
    expect(slugs.filter((film) => film.slug.startsWith("red-canyon")).flatMap((film) => film.wikipediaIds)).toEqual([]);
    expect(slugs.find((film) => film.slug === "carmen-2003-2")?.wikipediaIds).toEqual(["Carmen_(2003_Novak_film)"]);
  });

  it("strips template CSS that leaked into a title", async () => {
    const [film] = await catalogue.sql`select title from films where slug = 'night-train-2-1-2-1996'`;
    expect(film?.title).toBe("Night Train 2+1⁄2");
  });

  it("adds to a film already in the catalogue, matched by its title without accents and its year", async () => {
    const [film] = await catalogue.sql`
      select f.title, (select count(*)::int from credits c where c.film_id = f.id) as credits
      from films f where f.year = 2001`;
    expect(film).toEqual({ title: "Les Miserables", credits: 2 });
  });

  it("imports nothing new when run again", async () => {
    const before = await catalogue.snapshot();
    const secondRun = await catalogue.importFiles("wikipedia", [dataset]);
    expect(secondRun.counts.films).toEqual({ unchanged: 8, merged: 1, skipped: 3 });
    expect(secondRun.counts.people).toEqual({ matched: 6 });
    expect(secondRun.added).toEqual({});
    expect(await catalogue.snapshot()).toEqual(before);
  });
});
