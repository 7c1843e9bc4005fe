import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SummaryReport } from "@/db/import/summary";
import { fixturePath, openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import { createFilm } from "../support/factories";

describe("importing IMDb's TSV files", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
  let dataset: string;
  let firstRun: SummaryReport;

  const reasonsFor = (subject: string) =>
    Object.fromEntries(
      firstRun.skipped.filter((group) => group.subject === subject).map((group) => [group.reason, group.count]),
    );

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_imdb");
    // IMDb publishes .tsv.gz files; the largest one is compressed here so both kinds are read.
    dataset = await mkdtemp(path.join(os.tmpdir(), "marquee-imdb-"));
    await cp(fixturePath("imdb"), dataset, { recursive: true });
    const principals = path.join(dataset, "title.principals.tsv");
    await writeFile(`${principals}.gz`, gzipSync(await readFile(principals)));
    await unlink(principals);
    // In the catalogue already, without an IMDb id: one of IMDb's two films named Carmen (2003) is matched to it.
    await createFilm({ slug: "carmen-2003", title: "Carmen", year: 2003 }, catalogue.db);
    firstRun = await catalogue.importFiles("imdb", [dataset]);
  });

  afterAll(async () => {
    await rm(dataset, { recursive: true, force: true });
    await catalogue.close();
  });

  it("imports movies only, and skips malformed rows with their reason", async () => {
    expect(firstRun.counts.films).toEqual({ imported: 3, updated: 1, skipped: 3 });
    expect(reasonsFor("films")).toEqual({ "no year": 1, "runtime outside 1–6000": 1, "no title": 1 });
    expect(reasonsFor("titles")).toEqual({
      "not a film (tvSeries)": 1,
      "not a film (short)": 1,
      "no title": 1,
      "adult (--include-adult keeps them)": 1,
    });
    const imported = await catalogue.sql`
      select f.slug, f.title, f.original_title, f.runtime_minutes,
             array(select e.external_id from external_ids e where e.film_id = f.id) as imdb
      from films f order by f.slug`;
    expect(imported).toEqual([
      { slug: "carmen-2003", title: "Carmen", original_title: null, runtime_minutes: 100, imdb: ["tt0000008"] },
      { slug: "carmen-2003-2", title: "Carmen", original_title: null, runtime_minutes: 95, imdb: ["tt0000009"] },
      {
        slug: "harbour-quotes-day-1951",
        title: 'Harbour "Quotes" Day',
        original_title: null,
        runtime_minutes: null,
        imdb: ["tt0000002"],
      },
      {
        slug: "the-lighthouse-keeper-1926",
        title: "The Lighthouse Keeper",
        original_title: "Le Gardien du phare",
        runtime_minutes: 88,
        imdb: ["tt0000001"],
      },
    ]);
  });

  it("keeps other titles from title.akas with their country, language and kind", async () => {
    const titles = await catalogue.sql`
      select t.title, t.kind, t.country_code, t.language from film_titles t order by t.kind, t.title`;
    expect(titles).toEqual([
      { title: "Le Gardien du phare", kind: "original", country_code: "FR", language: "fr" },
      { title: "Der Leuchtturmwärter", kind: "alternate", country_code: "DE", language: "de" },
      { title: "Lighthouse", kind: "working", country_code: null, language: "en" },
    ]);
    expect(reasonsFor("title regions")).toEqual({ "not a country": 1 });
  });

  it("credits the people of name.basics in the catalogue's roles, billing order and characters", async () => {
    const credits = await catalogue.sql`
      select f.slug, p.name, c.role, c.character, c.position
      from credits c join people p on p.id = c.person_id join films f on f.id = c.film_id
      order by f.slug, c.role, c.position`;
    expect(credits).toEqual([
      { slug: "harbour-quotes-day-1951", name: "Arne Holm", role: "cast", character: "Himself", position: 1 },
      { slug: "the-lighthouse-keeper-1926", name: "Carl Moen", role: "director", position: 3, character: null },
      { slug: "the-lighthouse-keeper-1926", name: "Carl Moen", role: "writer", position: 1, character: null },
      {
        slug: "the-lighthouse-keeper-1926",
        name: "Arne Holm",
        role: "cast",
        character: "Keeper / Narrator",
        position: 1,
      },
      { slug: "the-lighthouse-keeper-1926", name: "Berit Dahl", role: "cast", character: "Stranger", position: 2 },
      { slug: "the-lighthouse-keeper-1926", name: "Eva Berg", role: "cast", character: null, position: 5 },
    ]);
    expect(firstRun.counts.people).toEqual({ imported: 4, skipped: 1 });
    expect(reasonsFor("credits")).toEqual({
      "not a role the catalogue lists (production_designer)": 1,
      "person not in name.basics (or skipped there)": 2,
    });
    expect(reasonsFor("characters")).toEqual({ "not a JSON list of names": 1 });
  });

  it("says why title.ratings is not imported", () => {
    expect(firstRun.notes).toEqual([expect.stringContaining("title.ratings.tsv was not imported")]);
  });

  it("imports nothing new when run again", async () => {
    const before = await catalogue.snapshot();
    const secondRun = await catalogue.importFiles("imdb", [dataset]);
    expect(secondRun.counts.films).toEqual({ unchanged: 4, skipped: 3 });
    expect(secondRun.counts.people).toEqual({ matched: 4, skipped: 1 });
    expect(secondRun.added).toEqual({});
    expect(await catalogue.snapshot()).toEqual(before);
  });

  it("imports the titles IMDb marks as adult only when asked to", async () => {
    const adultFilm = () => catalogue.sql`select f.slug from films f where f.title = 'Harbour After Dark'`;
    expect(await adultFilm()).toEqual([]);
    const run = await catalogue.importFiles("imdb", [dataset], { includeAdult: true });
    expect(run.counts.films).toEqual({ imported: 1, unchanged: 4, skipped: 3 });
    expect(await adultFilm()).toEqual([{ slug: "harbour-after-dark-1985" }]);
  });
});
