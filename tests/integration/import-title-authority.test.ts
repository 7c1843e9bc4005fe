// Two sources spelling one film's title differently: the more authoritative one's spelling wins, whichever came
// first. MovieLens writes "Amelie", IMDb "Amélie"; a title set in the app is the curators' and no import changes it.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { externalIds } from "@/db/schema";
import { openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import { createFilm } from "../support/factories";

let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
let directory: string;
const movielens = () => path.join(directory, "movielens");
const imdb = () => path.join(directory, "imdb");

async function writeDataset(folder: string, files: Record<string, string[]>) {
  await mkdir(folder, { recursive: true });
  for (const [name, lines] of Object.entries(files)) await writeFile(path.join(folder, name), `${lines.join("\n")}\n`);
}

beforeAll(async () => {
  catalogue = await openScratchCatalogue("import_title_authority");
  directory = await mkdtemp(path.join(os.tmpdir(), "marquee-titles-"));
  await writeDataset(movielens(), {
    "movies.csv": ["movieId,title,genres", `1,"Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)",Comedy|Romance`],
    "links.csv": ["movieId,imdbId,tmdbId", "1,0211915,194", "2,0364569,670"],
    "ratings.csv": ["userId,movieId,rating,timestamp"],
  });
  await writeDataset(imdb(), {
    "title.basics.tsv": [
      "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres",
      "tt0211915\tmovie\tAmélie\tLe fabuleux destin d'Amélie Poulain\t0\t2001\t\\N\t122\tComedy,Romance",
      "tt0364569\tmovie\tOldboy\tOldeuboi\t0\t2003\t\\N\t120\tAction,Drama",
    ],
  });
  // Made in the app, with its IMDb id: the curators' title.
  const oldboy = await createFilm({ slug: "old-boy-2003", title: "Old Boy", year: 2003 }, catalogue.db);
  await catalogue.db.insert(externalIds).values({ source: "imdb", externalId: "tt0364569", filmId: oldboy.id });
});

afterAll(async () => {
  await catalogue.close();
  await rm(directory, { recursive: true, force: true });
});

const titles = () => catalogue.sql`select slug, title, title_source from films order by slug`;

it("replaces a less authoritative import's title, and never one set in the app", async () => {
  await catalogue.importFiles("movielens", [movielens()]);
  expect(await titles()).toEqual([
    { slug: "amelie-2001", title: "Amelie", title_source: "movielens" },
    { slug: "old-boy-2003", title: "Old Boy", title_source: null },
  ]);
  const run = await catalogue.importFiles("imdb", [imdb()]);
  expect(run.counts.films).toEqual({ updated: 2 });
  expect(await titles()).toEqual([
    { slug: "amelie-2001", title: "Amélie", title_source: "imdb" },
    { slug: "old-boy-2003", title: "Old Boy", title_source: null },
  ]);
});

it("keeps the more authoritative title when the weaker source is imported again", async () => {
  await catalogue.importFiles("movielens", [movielens()]);
  expect(await titles()).toContainEqual({ slug: "amelie-2001", title: "Amélie", title_source: "imdb" });
});

it("makes a title an admin edits the curators' own, which imports leave alone", async () => {
  await catalogue.sql`update films set title = 'Amélie from Montmartre' where slug = 'amelie-2001'`;
  await catalogue.importFiles("imdb", [imdb()]);
  expect(await titles()).toContainEqual({ slug: "amelie-2001", title: "Amélie from Montmartre", title_source: null });
});
