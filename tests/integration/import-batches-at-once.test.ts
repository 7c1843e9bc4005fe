// Batches an import writes at once (db/import/batches.ts) each run in a transaction of their own, which cannot see
// what the other has not committed yet: what they both need must wait for the other's commit, not be taken as there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "@/db/import/catalogue";
import { insertTitles } from "@/db/import/film-links";
import { films, filmTitles } from "@/db/schema";
import { openScratchCatalogue } from "../fixtures/import/scratch-catalogue";

describe("batches written at once", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_batches_at_once");
  });

  afterAll(async () => {
    await catalogue.close();
  });

  it("both write titles of a country the catalogue did not have, while the first to add it is uncommitted", async () => {
    const { db } = catalogue;
    const [film] = await db.insert(films).values({ slug: "parasite-2019", title: "Parasite", year: 2019 }).returning();
    const loaded = await loadCatalogue(db);
    const titleIn = (title: string) => [{ filmId: film!.id, title, kind: "alternate" as const, countryCode: "KR" }];

    let commitFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstHasWritten!: () => void;
    const firstWritten = new Promise<void>((resolve) => (firstHasWritten = resolve));
    const first = db.transaction(async (tx) => {
      await insertTitles(tx, loaded, titleIn("기생충"));
      firstHasWritten();
      await firstMayCommit;
    });
    await firstWritten;
    const second = db.transaction((tx) => insertTitles(tx, loaded, titleIn("Gisaengchung")));
    // Long enough for the second to reach the country the first has not committed.
    setTimeout(commitFirst, 300);

    await Promise.all([first, second]);
    const titles = await db.select({ title: filmTitles.title, countryCode: filmTitles.countryCode }).from(filmTitles);
    expect(titles.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: "Gisaengchung", countryCode: "KR" },
      { title: "기생충", countryCode: "KR" },
    ]);
  });
});
