// The IMDb-scale bench's generated files (scripts/bench/imdb-scale), at a tiny scale, import as IMDb's own would:
// their columns are the ones the importer reads, and each film and title the generator made is counted where the
// importer counts it. This checks the generator's shape, so the bench measures an import of the real kind.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SummaryReport } from "@/db/import/summary";
import { generateImdbFiles, type GeneratedImdbFiles } from "@/scripts/bench/imdb-scale/generate";
import { openScratchCatalogue } from "../fixtures/import/scratch-catalogue";

describe("the IMDb-scale bench's generated files", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
  let dir: string;
  let generated: GeneratedImdbFiles;
  let report: SummaryReport;

  const reasonsFor = (subject: string) =>
    Object.fromEntries(
      report.skipped.filter((group) => group.subject === subject).map((group) => [group.reason, group.count]),
    );

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_imdb_scale");
    dir = await mkdtemp(path.join(os.tmpdir(), "marquee-imdb-scale-"));
    generated = await generateImdbFiles(dir, { titles: 1_000 });
    report = await catalogue.importFiles("imdb", [dir]);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await catalogue.close();
  });

  it("has IMDb's five files, with a row per title in title.basics and title.crew", () => {
    const rowsOf = Object.fromEntries(generated.files.map((file) => [file.name, file.rows]));
    expect(Object.keys(rowsOf).sort()).toEqual([
      "name.basics",
      "title.akas",
      "title.basics",
      "title.crew",
      "title.principals",
    ]);
    expect(rowsOf["title.basics"]).toBe(1_000);
    expect(rowsOf["title.crew"]).toBe(1_000);
  });

  it("imports every film that is neither adult nor invalid, and skips the invalid ones for their reason", () => {
    const { importable, adult, overlong } = generated.movies;
    expect(importable).toBeGreaterThan(0);
    expect(report.counts.films?.imported).toBe(importable);
    expect(reasonsFor("films")).toEqual({
      ...(generated.movies["without year"] > 0 && { "no year": generated.movies["without year"] }),
      ...(overlong > 0 && { "runtime outside 1–6000": overlong }),
    });
    expect(reasonsFor("titles")["adult (--include-adult keeps them)"]).toBe(adult || undefined);
  });

  it("skips the other title types, counted by type as generated", () => {
    const { movie, ...others } = generated.titleTypes;
    expect(movie).toBeGreaterThan(0);
    const skippedByType = Object.fromEntries(
      Object.entries(others).map(([type, count]) => [`not a film (${type})`, count]),
    );
    const { ["adult (--include-adult keeps them)"]: _, ...notFilms } = reasonsFor("titles");
    expect(notFilms).toEqual(skippedByType);
  });

  it("credits the films' principals and crew to people named in name.basics", async () => {
    const [row] = await catalogue.sql<{ films: number; credits: number; uncredited: number; withoutImdbId: number }[]>`
      select (select count(*)::int from films) as films,
             (select count(*)::int from credits) as credits,
             (select count(*)::int from people p where not exists (select 1 from credits c where c.person_id = p.id))
               as uncredited,
             (select count(*)::int from people p where not exists (
                select 1 from external_ids e where e.person_id = p.id and e.source = 'imdb')) as "withoutImdbId"`;
    // About 14 principals and a few more crew per film, some in roles the catalogue does not list.
    expect(row!.credits / row!.films).toBeGreaterThan(8);
    expect(row!.credits / row!.films).toBeLessThan(20);
    expect(row!.uncredited).toBe(0);
    expect(row!.withoutImdbId).toBe(0);
    expect(report.counts.people?.imported).toBeGreaterThan(row!.films);
  });

  it("keeps other titles from title.akas, in several scripts", async () => {
    const titles = await catalogue.sql<{ title: string }[]>`select title from film_titles`;
    expect(titles.length).toBeGreaterThan(generated.movies.importable);
    expect(titles.some(({ title }) => /[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(title))).toBe(true);
  });

  it("is the same files for the same seed", async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), "marquee-imdb-scale-"));
    try {
      const repeat = await generateImdbFiles(again, { titles: 1_000 });
      expect(repeat.files.map(({ name, rows, uncompressedBytes }) => ({ name, rows, uncompressedBytes }))).toEqual(
        generated.files.map(({ name, rows, uncompressedBytes }) => ({ name, rows, uncompressedBytes })),
      );
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
