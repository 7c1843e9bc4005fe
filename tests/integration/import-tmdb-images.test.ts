import { access, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ImportInputError } from "@/db/import/read-files";
import { runImport } from "@/db/import/run-import";
import type { ImportSummary } from "@/db/import/summary";
import { externalIds } from "@/db/schema";
import { openScratchCatalogue } from "../fixtures/import/scratch-catalogue";
import {
  pictureBytes,
  startFakeTmdb,
  TMDB_API_KEY,
  TMDB_READ_TOKEN,
  type FakeTmdbEntry,
} from "../fixtures/import/fake-tmdb";
import { createFilm, createPerson } from "../support/factories";

const STORED_POSTER = /^\/posters\/[0-9a-f]{64}\.webp$/;
const STORED_PHOTO = /^\/photos\/[0-9a-f]{64}\.webp$/;
const ADMIN_POSTER = `/posters/${"a".repeat(64)}.webp`;

const TMDB_ENTRIES: Record<string, FakeTmdbEntry> = {
  tt0111161: { movie: { id: 278, title: "The Shawshank Redemption", poster_path: "/shawshank.jpg" } },
  tt0000002: { movie: { id: 902, title: "No Poster", poster_path: null } },
  tt0000003: { movie: { id: 903, title: "Admin's Choice", poster_path: "/never-asked.jpg" } },
  tt0000429: {
    movie: { id: 905, title: "Busy Day", poster_path: "/busy-day.png" },
    rateLimitedTimes: 1,
  },
  tt0000503: { movie: { id: 906, title: "Down Time", poster_path: "/down-time.jpg" }, isDown: true },
  tt0000010: { movie: { id: 910, title: "Late Arrival", poster_path: "/late-arrival.jpg" } },
  nm0000209: { person: { id: 504, name: "Tim Robbins", profile_path: "/robbins.png" } },
};

describe("importing posters and photos from TMDB", () => {
  let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
  let tmdb: Awaited<ReturnType<typeof startFakeTmdb>>;
  let posterDirectory: string;
  let firstRun: ImportSummary;
  const filmIds: Record<string, number> = {};
  let robbinsId: number;

  const importWithKey = (apiKey: string) => {
    vi.stubEnv("TMDB_API_KEY", apiKey);
    return runImport(catalogue.db, { format: "tmdb-images", paths: [] });
  };
  const asked = (imdbId: string) => tmdb.requests.filter((request) => request.path === `/3/find/${imdbId}`).length;
  const pictureOf = async (table: "films" | "people", id: number) => {
    const column = table === "films" ? catalogue.sql`poster` : catalogue.sql`photo`;
    const [row] = await catalogue.sql<{ url: string | null }[]>`
      select ${column} as url from ${catalogue.sql(table)} where id = ${id}`;
    return row!.url;
  };

  beforeAll(async () => {
    catalogue = await openScratchCatalogue("import_tmdb_images");
    posterDirectory = await mkdtemp(path.join(os.tmpdir(), "marquee-tmdb-"));
    tmdb = await startFakeTmdb(TMDB_ENTRIES, {
      "/shawshank.jpg": await pictureBytes("jpeg", "#336699"),
      "/busy-day.png": await pictureBytes("png", "#993366"),
      "/robbins.png": await pictureBytes("png", "#669933", 421, 632),
      "/late-arrival.jpg": await pictureBytes("jpeg", "#333333"),
    });
    vi.stubEnv("POSTER_DIR", posterDirectory);
    vi.stubEnv("TMDB_API_URL", tmdb.url);

    const films = {
      shawshank: { title: "The Shawshank Redemption", year: 1994, imdbId: "tt0111161" },
      noPoster: { title: "No Poster", year: 2001, imdbId: "tt0000002" },
      adminsChoice: { title: "Admin's Choice", year: 2002, imdbId: "tt0000003", poster: ADMIN_POSTER },
      unknown: { title: "Unknown to TMDB", year: 2003, imdbId: "tt0000404" },
      busyDay: { title: "Busy Day", year: 2004, imdbId: "tt0000429" },
      downTime: { title: "Down Time", year: 2005, imdbId: "tt0000503" },
      noImdbId: { title: "No IMDb Id", year: 2006, imdbId: undefined },
    };
    for (const [name, { imdbId, ...fields }] of Object.entries(films)) {
      const film = await createFilm(fields, catalogue.db);
      filmIds[name] = film.id;
      if (imdbId)
        await catalogue.db.insert(externalIds).values({ source: "imdb", externalId: imdbId, filmId: film.id });
    }
    const robbins = await createPerson({ name: "Tim Robbins" }, catalogue.db);
    robbinsId = robbins.id;
    await catalogue.db.insert(externalIds).values({ source: "imdb", externalId: "nm0000209", personId: robbins.id });
    const stranger = await createPerson({ name: "A Stranger" }, catalogue.db);
    await catalogue.db.insert(externalIds).values({ source: "imdb", externalId: "nm0000404", personId: stranger.id });

    firstRun = await importWithKey(TMDB_API_KEY);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await tmdb.close();
    await catalogue.close();
    await rm(posterDirectory, { recursive: true, force: true });
  });

  it("sets the missing posters and photos to stored WebP files", async () => {
    const shawshank = await pictureOf("films", filmIds.shawshank!);
    const busyDay = await pictureOf("films", filmIds.busyDay!);
    const robbins = await pictureOf("people", robbinsId);
    expect(shawshank).toMatch(STORED_POSTER);
    expect(busyDay).toMatch(STORED_POSTER);
    expect(robbins).toMatch(STORED_PHOTO);
    for (const url of [shawshank, busyDay, robbins]) {
      await expect(access(path.join(posterDirectory, path.basename(url!)))).resolves.toBeUndefined();
    }
    expect(firstRun.report().counts).toMatchObject({
      posters: { imported: 2, skipped: 3 },
      photos: { imported: 1, skipped: 1 },
    });
  });

  it("records each picture as TMDB's, with the film's or person's TMDB id", async () => {
    const stored = await catalogue.sql`select url, source, source_id, width from stored_images order by source_id`;
    expect(stored).toEqual([
      { url: await pictureOf("films", filmIds.shawshank!), source: "tmdb", source_id: 278, width: 300 },
      { url: await pictureOf("people", robbinsId), source: "tmdb", source_id: 504, width: 400 },
      { url: await pictureOf("films", filmIds.busyDay!), source: "tmdb", source_id: 905, width: 300 },
    ]);
  });

  it("keeps the TMDB ids it learns, for films without a poster there too", async () => {
    const ids = await catalogue.sql`
      select coalesce(f.title, p.name) as owner, e.external_id as tmdb_id from external_ids e
      left join films f on f.id = e.film_id left join people p on p.id = e.person_id
      where e.source = 'tmdb' order by e.external_id`;
    expect(ids).toEqual([
      { owner: "The Shawshank Redemption", tmdb_id: "278" },
      { owner: "Tim Robbins", tmdb_id: "504" },
      { owner: "No Poster", tmdb_id: "902" },
      { owner: "Busy Day", tmdb_id: "905" },
    ]);
    expect(firstRun.report().added).toEqual({ "TMDB ids": 4 });
  });

  it("leaves a poster an admin set alone, and asks nothing about films without an IMDb id", async () => {
    expect(await pictureOf("films", filmIds.adminsChoice!)).toBe(ADMIN_POSTER);
    expect(await pictureOf("films", filmIds.noImdbId!)).toBeNull();
    const askedAbout = new Set(tmdb.requests.map((request) => /^\/3\/find\/(.+)$/.exec(request.path)?.[1]));
    askedAbout.delete(undefined);
    expect([...askedAbout].sort()).toEqual([
      "nm0000209",
      "nm0000404",
      "tt0000002",
      "tt0000404",
      "tt0000429",
      "tt0000503",
      "tt0111161",
    ]);
  });

  it("skips, with its reason, what TMDB has no picture for or cannot answer, and waits out a rate limit", async () => {
    const reasons = firstRun.report().skipped.map(({ subject, reason, count }) => `${subject}: ${count} × ${reason}`);
    expect(reasons.sort()).toEqual([
      "photos: 1 × not found at TMDB",
      "posters: 1 × TMDB answered 503, 3 times",
      "posters: 1 × no poster at TMDB",
      "posters: 1 × not found at TMDB",
    ]);
    expect(asked("tt0000503")).toBe(3);
    expect(asked("tt0000429")).toBe(2);
    expect(await pictureOf("films", filmIds.noPoster!)).toBeNull();
    expect(firstRun.toText()).toContain("posters: 2 imported, 3 skipped");
  });

  it("sends a v3 key as api_key to the API, and the key to no image server", () => {
    const apiRequests = tmdb.requests.filter((request) => request.path.startsWith("/3/"));
    expect(apiRequests.every((request) => request.apiKey === TMDB_API_KEY && !request.authorization)).toBe(true);
    const imageRequests = tmdb.requests.filter((request) => request.path.startsWith("/t/p/"));
    expect(imageRequests.map((request) => request.path).sort()).toEqual([
      "/t/p/h632/robbins.png",
      "/t/p/w500/busy-day.png",
      "/t/p/w500/shawshank.jpg",
    ]);
    expect(imageRequests.every((request) => request.apiKey === null && !request.authorization)).toBe(true);
  });

  it("adds nothing when run again, here with a v4 read access token sent as a bearer token", async () => {
    const before = await catalogue.snapshot();
    const requestsBefore = tmdb.requests.length;
    const secondRun = (await importWithKey(TMDB_READ_TOKEN)).report();
    expect(await catalogue.snapshot()).toEqual(before);
    expect(secondRun.counts).toEqual({ posters: { skipped: 3 }, photos: { skipped: 1 } });
    expect(secondRun.added).toEqual({});
    const newRequests = tmdb.requests.slice(requestsBefore);
    expect(newRequests.map((request) => request.path)).not.toContain("/3/find/tt0111161");
    expect(
      newRequests.every((request) => request.authorization === `Bearer ${TMDB_READ_TOKEN}` && !request.apiKey),
    ).toBe(true);
  });

  it("refuses to start without TMDB_API_KEY, saying where to get one", async () => {
    const run = importWithKey("");
    await expect(run).rejects.toThrow(ImportInputError);
    await expect(run).rejects.toThrow(/^TMDB_API_KEY is not set: .*themoviedb\.org/);
  });

  it("stops at once, writing nothing, when TMDB refuses the key", async () => {
    const lateArrival = await createFilm({ title: "Late Arrival", year: 2007 }, catalogue.db);
    await catalogue.db.insert(externalIds).values({ source: "imdb", externalId: "tt0000010", filmId: lateArrival.id });
    const before = await catalogue.snapshot();
    const requestsBefore = tmdb.requests.length;

    const run = importWithKey("not-a-key");
    await expect(run).rejects.toThrow(ImportInputError);
    await expect(run).rejects.toThrow("TMDB refused TMDB_API_KEY: Invalid API key: You must be granted a valid key.");
    expect(await catalogue.snapshot()).toEqual(before);
    expect(tmdb.requests.slice(requestsBefore).map((request) => request.path)).toEqual(["/3/configuration"]);
  });
});
