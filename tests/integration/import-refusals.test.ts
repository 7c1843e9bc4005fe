// What an import does with files it cannot read through. A file of another dataset, or an empty one, is refused
// before anything is written; a file cut short (inside a quoted field, a gzip that ends early) stops the run with one
// line naming the file, the batches written before it are kept, and a run on the whole file then ends as one clean
// run would. The command line says it in that one line, with no stack trace, and exits 1.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportInputError } from "@/db/import/read-files";
import { fixturePath, openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import { createScratchDatabase } from "../support/scratch-database";

type Catalogue = Awaited<ReturnType<typeof openScratchCatalogue>>;

let workDirectory: string;
let datasetsMade = 0;

beforeAll(async () => {
  workDirectory = await mkdtemp(path.join(os.tmpdir(), "marquee-refusals-"));
});

afterAll(() => rm(workDirectory, { recursive: true, force: true }));

/** A new directory holding `files` (name → content); returns its path. */
async function datasetDirectory(files: Record<string, string | Buffer>) {
  const directory = path.join(workDirectory, `dataset-${++datasetsMade}`);
  await mkdir(directory);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(directory, name), content);
  return directory;
}

const fixture = (...parts: string[]) => readFile(fixturePath(...parts));

/** The IMDb fixture directory with title.principals replaced by `principals`, gzipped as IMDb ships it. */
async function imdbDirectoryWithPrincipals(principals: Buffer) {
  const directory = path.join(workDirectory, `imdb-${++datasetsMade}`);
  await cp(fixturePath("imdb"), directory, { recursive: true });
  await unlink(path.join(directory, "title.principals.tsv"));
  await writeFile(path.join(directory, "title.principals.tsv.gz"), principals);
  return directory;
}

/**
 * Netflix titles enough for several batches of films, CRLF as Netflix's file is: each film has one director of 50
 * and two actors of 200, so any 1,000 of them credit all 250 people, and a synopsis quoted for its comma.
 */
function netflixTitles(count: number) {
  const header =
    "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description";
  const rows = Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const cast = `"Actor ${n % 100}, Actor ${100 + (n % 100)}"`;
    const synopsis = `"Film ${n}, told in ""quotes""."`;
    return `s${n},Movie,Film Number ${n},Director ${n % 50},${cast},United States,1-Jan-20,${1950 + (n % 70)},PG,${80 + (n % 60)} min,Dramas,${synopsis}`;
  });
  return [header, ...rows].map((line) => `${line}\r\n`).join("");
}

/** The first `fraction` of a gzip's bytes: a download or a copy that stopped partway. */
const truncated = (gzipped: Buffer, fraction: number) => gzipped.subarray(0, Math.floor(gzipped.length * fraction));

/** The one line an import stopped with; fails the test when it did not stop with an ImportInputError. */
async function refusalOf(run: Promise<unknown>) {
  const error = await run.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportInputError);
  return (error as ImportInputError).message;
}

async function filmCount(catalogue: Catalogue) {
  const [row] = await catalogue.sql<{ count: number }[]>`select count(*)::int as count from films`;
  return row!.count;
}

/** How many rows each table holds, and which films: what two runs that ended alike have in common. */
async function contents(catalogue: Catalogue) {
  const rowCounts = Object.fromEntries(
    Object.entries(await catalogue.snapshot()).map(([table, fingerprint]) => [
      table,
      (fingerprint as { rows: number }).rows,
    ]),
  );
  const slugs = await catalogue.sql<{ slug: string }[]>`select slug from films order by slug`;
  return { rowCounts, slugs: slugs.map((row) => row.slug) };
}

describe("files an import refuses before writing anything", () => {
  let catalogue: Catalogue;

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_refusals");
  });

  afterAll(() => catalogue.close());

  const expectRefusedUntouched = async (format: string, paths: string[], message: string) => {
    const before = await catalogue.snapshot();
    expect(await refusalOf(catalogue.importFiles(format, paths))).toBe(message);
    expect(await filmCount(catalogue)).toBe(0);
    expect(await catalogue.snapshot()).toEqual(before);
  };

  it.each([
    {
      refused: "MovieLens's movies.csv given as Netflix's titles",
      format: "netflix",
      given: async () => [fixturePath("movielens", "movies.csv")],
      message:
        "movies.csv does not look like Netflix's titles: its header lacks show_id, type, director, cast, country, " +
        "release_year, duration, listed_in, description (found movieId, title, genres)",
    },
    {
      refused: "Netflix's titles named movies.csv, given as MovieLens",
      format: "movielens",
      given: async () => [await datasetDirectory({ "movies.csv": await fixture("netflix", "netflix_titles.csv") })],
      message:
        "movies.csv does not look like MovieLens's movies: its header lacks movieId, genres (found show_id, type, " +
        "title, director, cast, country, date_added, release_year, rating, duration, listed_in, …)",
    },
    {
      refused: "MovieLens's tags named ratings.csv, though films would be written before ratings are read",
      format: "movielens",
      given: async () => [
        await datasetDirectory({
          "movies.csv": await fixture("movielens", "movies.csv"),
          "ratings.csv": await fixture("movielens", "tags.csv"),
        }),
      ],
      message:
        "ratings.csv does not look like MovieLens's ratings: its header lacks rating (found userId, movieId, tag, timestamp)",
    },
    {
      refused: "MovieLens's movies.csv named title.basics.tsv, given as IMDb",
      format: "imdb",
      given: async () => [await datasetDirectory({ "title.basics.tsv": await fixture("movielens", "movies.csv") })],
      message:
        "title.basics.tsv does not look like IMDb's title.basics: its header lacks tconst, titleType, primaryTitle, " +
        "originalTitle, startYear, runtimeMinutes, genres (found movieId,title,genres)",
    },
    {
      refused: "IMDb's title.akas named name.basics, though films would be written before people are read",
      format: "imdb",
      given: async () => [
        await datasetDirectory({
          "title.basics.tsv": await fixture("imdb", "title.basics.tsv"),
          "name.basics.tsv.gz": gzipSync(await fixture("imdb", "title.akas.tsv")),
        }),
      ],
      message:
        "name.basics.tsv.gz does not look like IMDb's name.basics: its header lacks nconst, primaryName " +
        "(found titleId, ordering, title, region, language, types, attributes, isOriginalTitle)",
    },
    {
      refused: "Netflix's titles as JSON, given as Wikipedia's films",
      format: "wikipedia",
      given: async () => [
        await datasetDirectory({
          "movies-2010s.json": JSON.stringify([
            { show_id: "s1", type: "Movie", title: "Paper Lanterns", release_year: 2019 },
          ]),
        }),
      ],
      message:
        "movies-2010s.json does not look like Wikipedia's American films: its first record lacks year, cast, genres " +
        "(found show_id, type, title, release_year)",
    },
  ])("refuses $refused", async ({ format, given, message }) => {
    await expectRefusedUntouched(format, await given(), message);
  });

  it.each([
    { format: "netflix", name: "netflix_titles.csv", content: "" },
    { format: "movielens", name: "movies.csv", content: "\r\n\r\n" },
    { format: "imdb", name: "title.basics.tsv.gz", content: gzipSync("") },
    { format: "wikipedia", name: "movies-2010s.json", content: "" },
  ])("refuses an empty $name as $format", async ({ format, name, content }) => {
    await expectRefusedUntouched(format, [await datasetDirectory({ [name]: content })], `${name} is empty`);
  });

  it("names a path that is not there, and a directory without the file a format starts from", async () => {
    const missing = path.join(workDirectory, "netflix_titles.csv");
    await expectRefusedUntouched("netflix", [missing], `No such file or directory: ${missing}`);
    const withoutMovies = await datasetDirectory({ "ratings.csv": await fixture("movielens", "ratings.csv") });
    await expectRefusedUntouched(
      "movielens",
      [withoutMovies],
      `No movies.csv or movies.csv.gz in ${withoutMovies}: it is the list of films.`,
    );
  });
});

describe("files cut short", () => {
  const bigNetflix = netflixTitles(2_500);
  // Inside the quoted synopsis of row 2,101, on line 2,102 (the header is line 1): two batches of 1,000 are written.
  const cutInQuotes = bigNetflix.slice(0, bigNetflix.indexOf('"Film 2101,') + '"Film'.length);

  it.each([
    {
      cut: "a Netflix CSV inside a quoted field",
      format: "netflix",
      whole: () => datasetDirectory({ "netflix_titles.csv": bigNetflix }),
      cutShort: () => datasetDirectory({ "netflix_titles.csv": cutInQuotes }),
      stoppedWith: new RegExp(
        "^netflix_titles\\.csv line 2102: the file ends inside a quoted field of row 2101 \\(cut short, or a quote " +
          "never closed\\); stopped after writing 2,000 films, 250 people \\(kept: running the import again goes on " +
          "from there\\)$",
      ),
    },
    {
      cut: "a Netflix .csv.gz partway",
      format: "netflix",
      whole: () => datasetDirectory({ "netflix_titles.csv.gz": gzipSync(bigNetflix) }),
      cutShort: () => datasetDirectory({ "netflix_titles.csv.gz": truncated(gzipSync(bigNetflix), 0.5) }),
      stoppedWith:
        /^netflix_titles\.csv\.gz is truncated \(gzip ended early, after line \d+\); stopped after writing 1,000 films, 250 people \(kept: running the import again goes on from there\)$/,
    },
    {
      cut: "an IMDb .tsv.gz read after the films are written",
      format: "imdb",
      whole: async () => imdbDirectoryWithPrincipals(gzipSync(await fixture("imdb", "title.principals.tsv"))),
      cutShort: async () =>
        imdbDirectoryWithPrincipals(truncated(gzipSync(await fixture("imdb", "title.principals.tsv")), 0.9)),
      stoppedWith:
        /^title\.principals\.tsv\.gz is truncated \(gzip ended early, after line \d+\); stopped after writing 4 films \(kept: running the import again goes on from there\)$/,
    },
  ])("stops at $cut with one line, and a run on the whole file ends as a clean run", async (dataset) => {
    const clean = await openScratchCatalogue("import_clean");
    const interrupted = await openScratchCatalogue("import_interrupted");
    try {
      const whole = await dataset.whole();
      await clean.importFiles(dataset.format, [whole]);

      expect(await refusalOf(interrupted.importFiles(dataset.format, [await dataset.cutShort()]))).toMatch(
        dataset.stoppedWith,
      );
      await interrupted.importFiles(dataset.format, [whole]);
      expect(await contents(interrupted)).toEqual(await contents(clean));
    } finally {
      await Promise.all([clean.close(), interrupted.close()]);
    }
  });

  it("keeps the batches written before the cut, and the run on the whole file adds the rest", async () => {
    const catalogue = await openScratchCatalogue("import_resumed");
    try {
      await refusalOf(
        catalogue.importFiles("netflix", [await datasetDirectory({ "netflix_titles.csv": cutInQuotes })]),
      );
      expect(await filmCount(catalogue)).toBe(2_000);
      const resumed = await catalogue.importFiles("netflix", [
        await datasetDirectory({ "netflix_titles.csv": bigNetflix }),
      ]);
      expect(resumed.counts.films).toEqual({ unchanged: 2_000, imported: 500 });
    } finally {
      await catalogue.close();
    }
  });
});

describe("the command line", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase("import_refusals_cli");
  });

  afterAll(() => scratch.drop());

  /** `npm run db:import` as an operator runs it, against the scratch database. */
  const runImportCommand = (format: string, file: string) =>
    new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        path.resolve("node_modules/.bin/tsx"),
        ["scripts/import.ts", "--format", format, file],
        { env: { ...process.env, DATABASE_URL: scratch.url } },
        (error, stdout, stderr) => resolve({ exitCode: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });

  it.each([
    {
      stopped: "a quoted field cut short",
      format: "netflix",
      file: async () => {
        const titles = (await fixture("netflix", "netflix_titles.csv")).toString("utf8");
        const cut = titles.slice(0, titles.indexOf('"Two sisters') + '"Two'.length);
        const directory = await datasetDirectory({ "netflix_titles.csv": cut });
        return path.join(directory, "netflix_titles.csv");
      },
      line: "netflix_titles.csv line 2: the file ends inside a quoted field of row 1 (cut short, or a quote never closed)",
    },
    {
      stopped: "a file of another dataset",
      format: "netflix",
      file: async () => fixturePath("movielens", "movies.csv"),
      line:
        "movies.csv does not look like Netflix's titles: its header lacks show_id, type, director, cast, country, " +
        "release_year, duration, listed_in, description (found movieId, title, genres)",
    },
  ])(
    "exits 1 on $stopped, saying so in one line without a stack trace",
    async ({ format, file, line }) => {
      expect(await runImportCommand(format, await file())).toEqual({ exitCode: 1, stdout: "", stderr: `${line}\n` });
    },
    60_000,
  );
});
