import { count, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, getDb } from "@/db/client";
import { getChartParameters, type ChartParameters } from "@/db/queries/charts";
import { filmSearchQuery, personSearchQuery, searchFilms, searchPeople, searchSettings, suggestSearchResults } from "@/db/queries/search";
import { films, people } from "@/db/schema";
import { createScratchDatabase } from "../support/scratch-database";

let parameters: ChartParameters;

beforeAll(async () => {
  parameters = await getChartParameters();
});

async function firstFilm(text: string) {
  const { films: found } = await searchFilms(text, parameters, { page: 1, pageSize: 5 });
  return found[0];
}

describe("searchFilms", () => {
  it.each(["escape", "ESCAPE", " Escape ", "escpae", "탈주", "run away", "Run-Away!", "ＥＳＣＡＰＥ"])("finds Escape (2024) first for %j", async (text) => {
    expect((await firstFilm(text))?.slug).toBe("escape-2024");
  });

  it("finds Amélie first without the accent, and by its original French title", async () => {
    expect((await firstFilm("amelie"))?.slug).toBe("amelie-2001");
    expect((await firstFilm("le fabuleux destin d'amelie poulain"))?.slug).toBe("amelie-2001");
  });

  it("says which other title matched and names the director", async () => {
    expect(await firstFilm("run away")).toMatchObject({ title: "Escape", matchedTitle: "Run Away", directors: ["Lee Jong-pil"] });
  });

  it("ranks the exact title before a title that starts with it", async () => {
    const { films: found, total } = await searchFilms("escape", parameters, { page: 1, pageSize: 5 });
    expect(found.map((film) => film.slug).slice(0, 2)).toEqual(["escape-2024", "escape-from-mogadishu-2021"]);
    expect(total).toBe(found.length);
  });

  it("ignores apostrophes and punctuation in titles", async () => {
    expect((await firstFilm("pans labyrinth"))?.slug).toBe("pans-labyrinth-2006");
    expect((await firstFilm("dr strangelove"))?.slug).toBe("dr-strangelove-1964");
  });

  it("pages through the matches without repeating one", async () => {
    const first = await searchFilms("the", parameters, { page: 1, pageSize: 3 });
    const second = await searchFilms("the", parameters, { page: 2, pageSize: 3 });
    expect(first.total).toBeGreaterThan(6);
    expect(second.total).toBe(first.total);
    const slugs = [...first.films, ...second.films].map((film) => film.slug);
    expect(new Set(slugs).size).toBe(6);
  });
});

describe("searchPeople", () => {
  it.each(["lee jong pil", "Lee Jong-pil", "이종필", "lee jongpil"])("finds Lee Jong-pil first for %j, known for directing Escape", async (text) => {
    const { people: found } = await searchPeople(text, { page: 1, pageSize: 5 });
    expect(found[0]).toMatchObject({
      slug: "lee-jong-pil",
      originalName: "이종필",
      knownFor: { slug: "escape-2024", title: "Escape", year: 2024, role: "director" },
    });
  });
});

describe("suggestSearchResults", () => {
  it("suggests a few films and people for a prefix", async () => {
    const suggestions = await suggestSearchResults("esc", parameters, { films: 2, people: 1 });
    expect(suggestions.films.map((film) => film.slug)).toEqual(["escape-2024", "escape-from-mogadishu-2021"]);
    expect(suggestions.people.length).toBeLessThanOrEqual(1);
  });
});

describe("hostile input", () => {
  const HOSTILE = [
    "%", "_", "%%", "%_%", "\\", "\\%", "'", "\"", "' or 1=1 --", "'; drop table films; --", "a".repeat(5000),
    "\u0000", "esc\u0000ape", "\u0007\u001b[31m", "\uD800", "\u0301", "🎬", "*", ".*", "(", "[", "$1", "e%", "%e",
  ];
  let filmCount: number;
  let personCount: number;

  beforeAll(async () => {
    [[{ filmCount }], [{ personCount }]] = (await Promise.all([
      getDb().select({ filmCount: count() }).from(films),
      getDb().select({ personCount: count() }).from(people),
    ])) as [[{ filmCount: number }], [{ personCount: number }]];
  });

  it.each(HOSTILE)("answers %j normally, without matching everything", async (text) => {
    const [filmResults, personResults, suggestions] = await Promise.all([
      searchFilms(text, parameters, { page: 1, pageSize: 100 }),
      searchPeople(text, { page: 1, pageSize: 300 }),
      suggestSearchResults(text, parameters),
    ]);
    expect(filmResults.total).toBeLessThan(filmCount);
    expect(personResults.total).toBeLessThan(personCount);
    expect(suggestions.films.length).toBeLessThanOrEqual(5);
  });

  it("finds nothing at all for punctuation alone", async () => {
    for (const text of ["%", "_", "'", "\\", "\u0000"]) {
      expect((await searchFilms(text, parameters, { page: 1, pageSize: 5 })).total).toBe(0);
    }
  });
});

/** Every node of an EXPLAIN (FORMAT JSON) plan, flattened. */
function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

describe("search at scale", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: ReturnType<typeof createDatabase>;

  beforeAll(async () => {
    scratch = await createScratchDatabase("search_scale");
    database = createDatabase(scratch.url, { maxConnections: 1 });
    // 100,000 films with distinct titles (a third with an original title, half with another title) and 100,000
    // people; then fresh statistics, so the planner chooses as it would on a real catalogue of that size.
    await database.db.execute(sql`
      insert into films (slug, title, original_title, year)
      select 'film-' || i, 'Film ' || left(md5(i::text), 10), case when i % 3 = 0 then left(md5('original' || i), 10) end, 1900 + i % 120
      from generate_series(1, 100000) i`);
    await database.db.execute(sql`insert into films (slug, title, year) values ('escape-2024', 'Escape', 2024)`);
    await database.db.execute(sql`insert into film_titles (film_id, title) select id, left(md5('other' || id), 10) from films where id % 2 = 0`);
    await database.db.execute(sql`
      insert into people (slug, name) select 'person-' || i, 'Person ' || left(md5('person' || i), 10) from generate_series(1, 100000) i`);
    await database.db.execute(sql`analyze films, film_titles, people, credits, film_rating_stats`);
  });

  afterAll(async () => {
    await database?.sql.end();
    await scratch?.drop();
  });

  /** Runs a statement built from the search key of `text` the way the app does: after the search settings. */
  async function inSearch<Row extends Record<string, unknown>>(text: string, statementFor: (key: string) => SQL) {
    return database.db.transaction(async (tx) => {
      const [settings] = [...(await tx.execute<{ key: string }>(searchSettings(text)))];
      return [...(await tx.execute<Row>(statementFor(settings!.key)))];
    });
  }

  async function explain(text: string, statementFor: (key: string) => SQL) {
    const [row] = await inSearch<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(text, (key) => sql`explain (format json) ${statementFor(key)}`);
    return planNodes(row!["QUERY PLAN"][0].Plan);
  }

  it("reads films through the trigram indexes on every title, never sequentially", async () => {
    const nodes = await explain("escpae", (key) => filmSearchQuery(key, { globalMean: 7, minimumVotes: 3 }, { limit: 20, offset: 0 }));
    const indexes = nodes.map((node) => node["Index Name"]).filter(Boolean);
    expect(indexes).toEqual(expect.arrayContaining(["films_title_search_idx", "films_original_title_search_idx", "film_titles_title_search_idx"]));
    const sequentialScans = nodes.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);
    expect(sequentialScans).not.toContain("films");
    expect(sequentialScans).not.toContain("film_titles");
  });

  it("reads people through the trigram indexes on every name, never sequentially", async () => {
    const nodes = await explain("lee jong pil", (key) => personSearchQuery(key, { limit: 20, offset: 0 }));
    const indexes = nodes.map((node) => node["Index Name"]).filter(Boolean);
    expect(indexes).toEqual(expect.arrayContaining(["people_name_search_idx", "people_original_name_search_idx"]));
    expect(nodes.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"])).not.toContain("people");
  });

  it("still finds the one Escape among them", async () => {
    const rows = await inSearch<{ slug: string }>("escpae", (key) => filmSearchQuery(key, { globalMean: 7, minimumVotes: 3 }, { limit: 1, offset: 0 }));
    expect(rows.map((row) => row.slug)).toEqual(["escape-2024"]);
  });
});
