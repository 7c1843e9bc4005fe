import { count, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, getDb } from "@/db/client";
import { getChartParameters, type ChartParameters } from "@/db/queries/charts";
import {
  filmSearchQuery,
  findClosestSpelling,
  findWordCandidates,
  personSearchQuery,
  searchFilms,
  searchPeople,
  searchSettings,
  suggestSearchResults,
  type SearchTerms,
} from "@/db/queries/search";
import { films, filmTitles, people } from "@/db/schema";
import type { TitleLanguage } from "@/lib/film-languages";
import { createFilm, createPerson } from "../support/factories";
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
  it.each(["escape", "ESCAPE", " Escape ", "escpae", "탈주", "run away", "Run-Away!", "ＥＳＣＡＰＥ"])(
    "finds Escape (2024) first for %j",
    async (text) => {
      expect((await firstFilm(text))?.slug).toBe("escape-2024");
    },
  );

  it("finds Amélie first without the accent, and by its original French title", async () => {
    expect((await firstFilm("amelie"))?.slug).toBe("amelie-2001");
    expect((await firstFilm("le fabuleux destin d'amelie poulain"))?.slug).toBe("amelie-2001");
  });

  it("says which other title matched and names the director", async () => {
    expect(await firstFilm("run away")).toMatchObject({
      title: "Escape",
      matchedTitle: "Run Away",
      directors: ["Lee Jong-pil"],
    });
  });

  it("ranks the exact title before a title that starts with it", async () => {
    const { films: found, total } = await searchFilms("escape", parameters, { page: 1, pageSize: 5 });
    expect(found.map((film) => film.slug).slice(0, 2)).toEqual(["escape-2024", "escape-from-mogadishu-2021"]);
    expect(total).toBe(found.length);
  });

  it("ranks a whole title before longer ones that start with the query, its leading article aside", async () => {
    await createFilm({ slug: "godfatherly-advice-2019", title: "Godfatherly Advice", year: 2019 });
    const { films: found } = await searchFilms("godfather", parameters, { page: 1, pageSize: 10 });
    expect(found.map((film) => film.slug).slice(0, 2)).toEqual(["the-godfather-1972", "godfatherly-advice-2019"]);
  });

  it("puts films matched by a title in the reader's language before films that match alike in another", async () => {
    // The same whole title: one film's own, the other's Czech title. Without a language, the title order decides.
    await createFilm({ slug: "zahadna-zkouska-1990", title: "Záhadná zkouška", year: 1990 });
    const czechTitled = await createFilm({ slug: "zluta-zkouska-1990", title: "Žlutá zkouška", year: 1990 });
    await getDb().insert(filmTitles).values({ filmId: czechTitled.id, title: "Záhadná zkouška", language: "cs" });
    const slugsFor = async (titlesIn?: TitleLanguage) =>
      (await searchFilms("zahadna zkouska", parameters, { page: 1, pageSize: 5, titlesIn })).films.map(
        (film) => film.slug,
      );
    expect(await slugsFor()).toEqual(["zahadna-zkouska-1990", "zluta-zkouska-1990"]);
    expect(await slugsFor({ language: "cs", countries: ["CZ"] })).toEqual([
      "zluta-zkouska-1990",
      "zahadna-zkouska-1990",
    ]);
    expect(await slugsFor({ language: "ko", countries: ["KR"] })).toEqual([
      "zahadna-zkouska-1990",
      "zluta-zkouska-1990",
    ]);
    const suggested = await suggestSearchResults("zahadna zkouska", parameters, {
      titlesIn: { language: "cs", countries: ["CZ"] },
    });
    expect(suggested.films[0]?.slug).toBe("zluta-zkouska-1990");
  });

  it("reads a query word as words run together only when the catalogue lacks it whole", async () => {
    const { films: found } = await searchFilms("godfather", parameters, { page: 1, pageSize: 10 });
    expect(found.map((film) => film.slug)).not.toContain("city-of-god-2002");
    expect((await firstFilm("cityofgod"))?.slug).toBe("city-of-god-2002");
  });

  it("finds a title with a misspelled word among others", async () => {
    expect((await firstFilm("seven samuria"))?.slug).toBe("seven-samurai-1954");
    expect((await firstFilm("memories of mruder"))?.slug).toBe("memories-of-murder-2003");
  });

  it("finds a title whose words were typed apart", async () => {
    expect((await firstFilm("old boy"))?.slug).toBe("oldboy-2003");
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
    expect(await searchFilms("the", parameters, { page: 1000, pageSize: 3 })).toEqual({
      films: [],
      total: first.total,
    });
  });
});

describe("searchPeople", () => {
  it.each(["lee jong pil", "Lee Jong-pil", "이종필", "lee jongpil"])(
    "finds Lee Jong-pil first for %j, known for directing Escape",
    async (text) => {
      const { people: found } = await searchPeople(text, { page: 1, pageSize: 5 });
      expect(found[0]).toMatchObject({
        slug: "lee-jong-pil",
        originalName: "이종필",
        knownFor: { slug: "escape-2024", title: "Escape", year: 2024, role: "director" },
      });
    },
  );

  it("counts the matches with the page, and on a page past the last", async () => {
    const { people: found, total } = await searchPeople("lee", { page: 1, pageSize: 50 });
    expect(total).toBe(found.length);
    expect(found[0]).not.toHaveProperty("total");
    expect(await searchPeople("lee", { page: 1000, pageSize: 50 })).toEqual({ people: [], total });
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
    "%",
    "_",
    "%%",
    "%_%",
    "\\",
    "\\%",
    "'",
    '"',
    "' or 1=1 --",
    "'; drop table films; --",
    "a".repeat(5000),
    "\u0000",
    "esc\u0000ape",
    "\u0007\u001b[31m",
    "\uD800",
    "\u0301",
    "🎬",
    "*",
    ".*",
    "(",
    "[",
    "$1",
    "e%",
    "%e",
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
    // people (half with another name); then fresh statistics, so the planner chooses as it would on a real catalogue
    // of that size.
    await database.db.execute(sql`
      insert into films (slug, title, original_title, year)
      select 'film-' || i, 'Film ' || left(md5(i::text), 10), case when i % 3 = 0 then left(md5('original' || i), 10) end, 1900 + i % 120
      from generate_series(1, 100000) i`);
    await createFilm({ slug: "escape-2024", title: "Escape", year: 2024 }, database.db);
    await database.db.execute(
      sql`insert into film_titles (film_id, title) select id, left(md5('other' || id), 10) from films where id % 2 = 0`,
    );
    await database.db.execute(sql`
      insert into people (slug, name) select 'person-' || i, 'Person ' || left(md5('person' || i), 10) from generate_series(1, 100000) i`);
    await createPerson({ slug: "lee-jong-pil", name: "Lee Jong-pil", originalName: "이종필" }, database.db);
    await database.db.execute(
      sql`insert into person_names (person_id, name) select id, left(md5('alias' || id), 10) from people where id % 2 = 0`,
    );
    await database.db.execute(sql`analyze films, film_titles, people, person_names, credits, film_rating_stats`);
    // 300,000 rows through the search-word triggers: about two minutes on two busy cores, past the usual hook bound.
  }, 300_000);

  afterAll(async () => {
    await database?.sql.end();
    await scratch?.drop();
  });

  /** Runs a statement built from the search terms of `text` the way the app does: after the search settings. */
  async function inSearch<Row extends Record<string, unknown>>(
    text: string,
    statementFor: (terms: SearchTerms) => SQL,
    byWords = true,
  ) {
    return database.db.transaction(async (tx) => {
      const [settings] = [...(await tx.execute<{ key: string }>(searchSettings(text)))];
      const { key } = settings!;
      const terms = byWords ? await findWordCandidates(tx, key) : { key };
      return [...(await tx.execute<Row>(statementFor(terms!)))];
    });
  }

  async function explain(text: string, statementFor: (terms: SearchTerms) => SQL, byWords = true) {
    const [row] = await inSearch<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      text,
      (terms) => sql`explain (format json) ${statementFor(terms)}`,
      byWords,
    );
    return planNodes(row!["QUERY PLAN"][0].Plan);
  }

  const filmPage = (terms: SearchTerms) =>
    filmSearchQuery(terms, { globalMean: 7, minimumVotes: 3 }, { limit: 20, offset: 0 });

  function sequentiallyRead(nodes: PlanNode[]) {
    return nodes.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);
  }

  it("reads films through the word indexes on every title, never sequentially", async () => {
    const nodes = await explain("escpae", filmPage);
    const indexes = nodes.map((node) => node["Index Name"]).filter(Boolean);
    expect(indexes).toEqual(
      expect.arrayContaining([
        "films_title_words_idx",
        "films_original_title_words_idx",
        "film_titles_title_words_idx",
      ]),
    );
    expect(sequentiallyRead(nodes)).not.toContain("films");
    expect(sequentiallyRead(nodes)).not.toContain("film_titles");
  });

  it("reads films through the trigram indexes when comparing whole titles, never sequentially", async () => {
    const nodes = await explain("escpae", filmPage, false);
    const indexes = nodes.map((node) => node["Index Name"]).filter(Boolean);
    expect(indexes).toEqual(
      expect.arrayContaining([
        "films_title_search_idx",
        "films_original_title_search_idx",
        "film_titles_title_search_idx",
      ]),
    );
    expect(sequentiallyRead(nodes)).not.toContain("films");
    expect(sequentiallyRead(nodes)).not.toContain("film_titles");
  });

  it("reads people through the word indexes on every name, never sequentially", async () => {
    const nodes = await explain("lee jong pil", (terms) => personSearchQuery(terms, { limit: 20, offset: 0 }));
    const indexes = nodes.map((node) => node["Index Name"]).filter(Boolean);
    expect(indexes).toEqual(
      expect.arrayContaining([
        "people_name_words_idx",
        "people_original_name_words_idx",
        "person_names_name_words_idx",
      ]),
    );
    expect(sequentiallyRead(nodes)).not.toContain("people");
    expect(sequentiallyRead(nodes)).not.toContain("person_names");
  });

  it("reads names through the same indexes when a short word is read one letter off, and finds the one", async () => {
    const personPage = (terms: SearchTerms) => personSearchQuery(terms, { limit: 20, offset: 0 });
    const nodes = await explain("lee jon pil", personPage);
    expect(sequentiallyRead(nodes)).not.toContain("people");
    expect(sequentiallyRead(nodes)).not.toContain("person_names");
    expect((await inSearch<{ slug: string }>("lee jon pil", personPage)).map((row) => row.slug)).toEqual([
      "lee-jong-pil",
    ]);
  });

  it("looks words up in the dictionary through its keys, never reading it whole", async () => {
    const sequentialReads = async () => {
      await database.db.execute(sql`select pg_stat_force_next_flush()`);
      const [row] = await database.db.transaction(async (tx) => [
        ...(await tx.execute<{ reads: number }>(sql`
          select coalesce(sum(seq_scan), 0)::int as reads from pg_stat_user_tables
          where relname in ('search_words', 'search_word_deletions')`)),
      ]);
      return row!.reads;
    };
    const before = await sequentialReads();
    const [row] = await database.db.execute<{ candidates: string[] }>(
      sql`select marquee_word_candidates('escpae', true, 30) as candidates`,
    );
    expect(row!.candidates).toEqual(["escape"]);
    expect(await sequentialReads()).toBe(before);
  });

  it("stands a word for the words it begins only while it is being typed, and misspells only words of four letters or more", async () => {
    const candidates = async (word: string, isTyped: boolean) => {
      const [row] = await database.db.execute<{ candidates: string[] }>(
        sql`select marquee_word_candidates(${word}, ${isTyped}, 30) as candidates`,
      );
      return row!.candidates;
    };
    expect(await candidates("esc", true)).toEqual(["escape"]);
    expect(await candidates("esc", false)).toEqual([]);
    expect(await candidates("escapd", false)).toEqual(["escape"]);
    expect(await candidates("lea", false)).toEqual([]);
    expect(await candidates("leejong", false)).toEqual(["lee"]);
  });

  it("still finds the one Escape among them, by words and by whole titles", async () => {
    const oneFilm = (terms: SearchTerms) =>
      filmSearchQuery(terms, { globalMean: 7, minimumVotes: 3 }, { limit: 1, offset: 0 });
    expect((await inSearch<{ slug: string }>("escpae", oneFilm)).map((row) => row.slug)).toEqual(["escape-2024"]);
    expect((await inSearch<{ slug: string }>("escpae", oneFilm, false)).map((row) => row.slug)).toEqual([
      "escape-2024",
    ]);
  });

  it("adds the words of new and renamed titles and names to the dictionary", async () => {
    await database.db.execute(sql`update films set title = 'Zyzzyva Nights' where slug = 'film-7'`);
    await database.db.execute(
      sql`insert into film_titles (film_id, title) select id, 'Quokka Dawn' from films where slug = 'film-8'`,
    );
    await database.db.execute(
      sql`insert into people (slug, name, original_name) values ('wug-person', 'Wug Smith', '우그')`,
    );
    const words = await database.db.execute<{ word: string }>(
      sql`select word from search_words where word in ('zyzzyva', 'nights', 'quokka', 'dawn', 'wug', 'smith', '우그') order by word`,
    );
    expect([...words].map((row) => row.word)).toEqual(["dawn", "nights", "quokka", "smith", "wug", "zyzzyva", "우그"]);
    expect((await inSearch<{ slug: string }>("zyzziva", filmPage)).map((row) => row.slug)).toEqual(["film-7"]);
  });
});

describe("findClosestSpelling", () => {
  it("offers the name spelled most like a query that finds nothing, and nothing when none is close", async () => {
    expect((await searchPeople("bong jnuho", { page: 1, pageSize: 5 })).total).toBe(0);
    expect(await findClosestSpelling("bong jnuho")).toBe("Bong Joon-ho");
    expect(await findClosestSpelling("qqqq")).toBeUndefined();
    expect(await findClosestSpelling("%")).toBeUndefined();
  });
});
