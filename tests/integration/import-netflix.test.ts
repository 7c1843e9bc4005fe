import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SummaryReport } from "@/db/import/summary";
import { fixturePath, openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import { createFilm } from "../support/factories";

describe("importing the Netflix titles", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
  let firstRun: SummaryReport;
  const dataset = fixturePath("netflix", "netflix_titles.csv");

  const film = async (slug: string) => {
    const [row] = await catalogue.sql`
      select f.title, f.year, f.runtime_minutes,
             array(select fc.country_code from film_countries fc where fc.film_id = f.id order by fc.position) as countries,
             array(select g.name from film_genres fg join genres g on g.id = fg.genre_id where fg.film_id = f.id order by g.name) as genres,
             array(select p.name || ' ' || c.role from credits c join people p on p.id = c.person_id
                   where c.film_id = f.id order by c.role, c.position) as credits,
             array(select p.source || ': ' || p.body from plots p where p.film_id = f.id order by p.position) as plots
      from films f where f.slug = ${slug}`;
    return row;
  };

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_netflix");
    await createFilm({ slug: "the-quiet-harbour-1994", title: "The Quiet Harbour", year: 1994 }, catalogue.db);
    firstRun = await catalogue.importFiles("netflix", [dataset]);
  });

  afterAll(() => catalogue.close());

  it("imports the movies and skips TV shows and malformed rows, each with its reason", () => {
    expect(firstRun.counts.films).toEqual({ imported: 4, updated: 1, skipped: 4 });
    const reasons = firstRun.skipped.map(({ subject, reason, count }) => ({ subject, reason, count }));
    expect(reasons).toEqual(
      expect.arrayContaining([
        { subject: "titles", reason: "a TV show, not a film", count: 1 },
        { subject: "films", reason: "no title", count: 1 },
        { subject: "films", reason: "year outside 1870–2100", count: 1 },
        { subject: "films", reason: "runtime outside 1–6000", count: 1 },
        { subject: "films", reason: "runtime is not a number", count: 1 },
        { subject: "countries", reason: "not a known country", count: 1 },
      ]),
    );
    expect(firstRun.skipped.find((group) => group.subject === "countries")?.examples).toEqual([
      "netflix_titles.csv row 7: Narnia",
    ]);
  });

  it("keeps directors and cast in billing order, countries as ISO codes, genres and the synopsis", async () => {
    expect(await film("paper-lanterns-2019")).toEqual({
      title: "Paper Lanterns",
      year: 2019,
      runtime_minutes: 104,
      countries: ["KR", "US"],
      genres: ["Drama"],
      credits: ["Mina Park director", "Joon Lee cast", "Sammy Davis, Jr. cast", "Hana Cho cast"],
      plots: [
        'Netflix: Two sisters reopen their late father\'s lantern shop, and one of them says "never again" every night.',
      ],
    });
  });

  it("reads the runtime a few specials carry in the rating column, and splits combined genres", async () => {
    expect(await film("stand-up-night-2017")).toMatchObject({ runtime_minutes: 74, genres: ["Stand-Up Comedy"] });
    expect(await film("goli-road-2016")).toMatchObject({
      title: "Goli Road",
      countries: ["IN"],
      genres: ["Action", "Adventure", "Fantasy", "Science Fiction"],
    });
  });

  it("gives a film whose title has no Latin letters a slug from its year", async () => {
    expect(await film("film-2017")).toMatchObject({ title: "반드시 잡는다" });
  });

  it("fills what an existing film lacks without renaming it", async () => {
    expect(await film("the-quiet-harbour-1994")).toMatchObject({
      title: "The Quiet Harbour",
      runtime_minutes: 101,
      credits: ["Mina Park director"],
      plots: ["Netflix: A lighthouse keeper takes in a stranger."],
    });
    expect(firstRun.counts.people).toEqual({ imported: 10 });
  });

  it("imports nothing new when run again", async () => {
    const before = await catalogue.snapshot();
    const secondRun = await catalogue.importFiles("netflix", [dataset]);
    expect(secondRun.counts.films).toEqual({ unchanged: 5, skipped: 4 });
    expect(secondRun.added).toEqual({});
    expect(await catalogue.snapshot()).toEqual(before);
  });
});
