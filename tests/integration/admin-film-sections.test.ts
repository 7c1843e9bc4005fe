import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { MissingPeopleError } from "@/db/mutations/film-sections";
import { createPerson } from "@/db/mutations/people";
import { createFilm, deleteFilm, restoreFilm, updateFilm } from "@/db/mutations/films";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { saveReview } from "@/db/mutations/reviews";
import { saveImage } from "@/db/mutations/stored-images";
import { findImageDetails } from "@/db/queries/stored-images";
import { getFilmBySlug } from "@/db/queries/films";
import { auditLog, filmRatingStats, films, people, reviews, storedImages, users } from "@/db/schema";
import { storeImage } from "@/lib/image-files";
import { filmSnapshotSchema, type FilmFields } from "@/lib/validation/films";

async function userId(username: string) {
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, username));
  return user!.id;
}

async function personNamed(name: string) {
  const [person] = await getDb().select({ id: people.id }).from(people).where(eq(people.name, name));
  return person?.id;
}

/** People of the test's own: crediting demo people would change the related films and filmographies other tests check. */
async function ownPerson(actorId: number, name: string) {
  return (
    await createPerson({
      actorId,
      fields: {
        name,
        originalName: null,
        birthDate: null,
        birthPlace: null,
        deathDate: null,
        deathPlace: null,
        bio: null,
      },
    })
  ).id;
}

const fields: FilmFields = {
  title: "Section Test",
  originalTitle: null,
  year: 2021,
  releaseDate: null,
  runtimeMinutes: 95,
  genres: [],
  countries: [],
};

async function newFilm(title: string) {
  const actorId = await userId("admin");
  const created = await createFilm({ actorId, fields: { ...fields, title } });
  const { version } = (await readFilmSnapshot(getDb(), created.id))!;
  return { actorId, ...created, version };
}

describe("a film's titles, plots and credits", () => {
  it("saves them whole, creates new people once, and shows them on the public page", async () => {
    const { actorId, id, slug, version } = await newFilm("Credits Test");
    const director = await ownPerson(actorId, "Dana Director");
    const saved = await updateFilm({
      actorId,
      filmId: id,
      version,
      titles: [{ title: "크레딧 테스트", kind: "original", countryCode: "KR", language: "ko" }],
      plots: [
        {
          body: "A test of credits.",
          source: "Marquee editors",
          sourceUrl: "https://example.org/plot",
          license: "CC0",
          language: "en",
        },
      ],
      credits: [
        { personId: director, newPersonName: null, role: "director", character: null },
        { personId: null, newPersonName: "Nova Newcomer", role: "writer", character: null },
        { personId: null, newPersonName: "Nova Newcomer", role: "cast", character: "Herself" },
      ],
    });
    expect(saved.ok).toBe(true);
    const newcomer = await personNamed("Nova Newcomer");
    expect(newcomer).toBeDefined();
    const personCreations = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "person"), eq(auditLog.entityId, newcomer!)));
    expect(personCreations.map((entry) => entry.action)).toEqual(["create"]);

    const page = (await getFilmBySlug(slug))!;
    expect(page.directors.map((person) => person.name)).toEqual(["Dana Director"]);
    expect(page.cast).toMatchObject([{ name: "Nova Newcomer", character: "Herself" }]);
    expect(page.crew).toMatchObject([{ name: "Nova Newcomer", role: "writer" }]);
    expect(page.plots).toMatchObject([{ body: "A test of credits.", source: "Marquee editors" }]);
    expect(page.titles).toMatchObject([{ title: "크레딧 테스트", kind: "original" }]);
    if (saved.ok) expect(saved.personIds.sort()).toEqual([director, newcomer!].sort());
  });

  it("refuses a credit naming a person who no longer exists, and writes nothing", async () => {
    const { actorId, id, version } = await newFilm("Missing Person Test");
    await expect(
      updateFilm({
        actorId,
        filmId: id,
        version,
        credits: [
          { personId: null, newPersonName: "Never Written", role: "cast", character: null },
          { personId: 2_000_000_000, newPersonName: null, role: "cast", character: null },
        ],
      }),
    ).rejects.toBeInstanceOf(MissingPeopleError);
    expect(await personNamed("Never Written")).toBeUndefined();
    expect((await readFilmSnapshot(getDb(), id))!.version).toBe(version);
  });

  it("refuses a list saved from an older version", async () => {
    const { actorId, id, version } = await newFilm("Stale Plots Test");
    const plot = { body: "First.", source: "Editors", sourceUrl: null, license: null, language: "en" };
    expect((await updateFilm({ actorId, filmId: id, version, plots: [plot] })).ok).toBe(true);
    const stale = await updateFilm({ actorId, filmId: id, version, plots: [{ ...plot, body: "Second." }] });
    expect(stale).toMatchObject({ ok: false, reason: "changed" });
    expect((await readFilmSnapshot(getDb(), id))!.snapshot.plots.map((row) => row.body)).toEqual(["First."]);
  });

  it("reverts a credits change from the audit log's snapshot", async () => {
    const { actorId, id, version } = await newFilm("Revert Credits Test");
    const director = await ownPerson(actorId, "Rene Reverted");
    await updateFilm({
      actorId,
      filmId: id,
      version,
      credits: [{ personId: director, newPersonName: null, role: "director", character: null }],
      poster: "/posters/x.webp",
    });
    const [change] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "film"), eq(auditLog.entityId, id), eq(auditLog.action, "update")));
    const restored = await restoreFilm({ actorId, filmId: id, snapshot: filmSnapshotSchema.parse(change!.before) });
    expect(restored.ok).toBe(true);
    const { snapshot } = (await readFilmSnapshot(getDb(), id))!;
    expect(snapshot.credits).toEqual([]);
    expect(snapshot.poster).toBeNull();
  });
});

describe("deleting a film", () => {
  it("takes its reviews and stats with it and keeps the film in the audit log", async () => {
    const { actorId, id } = await newFilm("Doomed Film");
    const reviewer = await userId("kenji");
    await saveReview({ userId: reviewer, filmId: id, rating: 7, body: "Soon gone.", hasSpoilers: false });
    const stale = await deleteFilm({ actorId, filmId: id, version: "2000-01-01 00:00:00+00" });
    expect(stale).toMatchObject({ ok: false, reason: "changed" });

    const { version: current } = (await readFilmSnapshot(getDb(), id))!;
    const deleted = await deleteFilm({ actorId, filmId: id, version: current });
    expect(deleted).toMatchObject({ ok: true, slug: "doomed-film-2021", memberIds: [reviewer] });
    expect(await getDb().select().from(films).where(eq(films.id, id))).toEqual([]);
    expect(await getDb().select().from(reviews).where(eq(reviews.filmId, id))).toEqual([]);
    expect(await getDb().select().from(filmRatingStats).where(eq(filmRatingStats.filmId, id))).toEqual([]);
    const [entry] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "delete")));
    expect(entry!.before).toMatchObject({ title: "Doomed Film" });
  });
});

describe("poster uploads", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "marquee-posters-"));
    process.env.POSTER_DIR = directory;
  });
  afterAll(async () => {
    delete process.env.POSTER_DIR;
    await rm(directory, { recursive: true, force: true });
  });

  it("stores a real image, resized, under its hash", async () => {
    const png = await sharp({ create: { width: 1200, height: 1800, channels: 3, background: "#336699" } })
      .png()
      .toBuffer();
    const stored = await storeImage(png, "poster");
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.url).toMatch(/^\/posters\/[0-9a-f]{64}\.webp$/);
    const [file] = await readdir(directory);
    const metadata = await sharp(path.join(directory, file!)).metadata();
    expect(metadata).toMatchObject({ format: "webp", width: 600, height: 900 });
    expect(stored).toMatchObject({ width: 600, height: 900 });
    // The blurred preview is a real picture of a few pixels, small enough to send in every page.
    const preview = Buffer.from(stored.placeholder.replace("data:image/webp;base64,", ""), "base64");
    expect(await sharp(preview).metadata()).toMatchObject({ format: "webp", width: 12, height: 18 });
    expect(stored.placeholder.length).toBeLessThan(400);
  });

  it("records a saved image's size, preview and origin once, however often the same picture is saved", async () => {
    const png = await sharp({ create: { width: 400, height: 600, channels: 3, background: "#993366" } })
      .png()
      .toBuffer();
    const first = await saveImage(png, "poster", { source: "tmdb", sourceId: 278 });
    const again = await saveImage(png, "poster", { source: "upload" });
    expect(again).toEqual(first);
    if (!first.ok) return;
    const records = await getDb().select().from(storedImages).where(eq(storedImages.url, first.url));
    expect(records).toEqual([
      expect.objectContaining({
        width: 400,
        height: 600,
        placeholder: first.placeholder,
        source: "tmdb",
        sourceId: 278,
      }),
    ]);
    expect(await findImageDetails(first.url)).toEqual({
      placeholder: first.placeholder,
      source: "tmdb",
      sourceId: 278,
    });
  });

  it("judges a file by its content, not its name, and refuses tiny images", async () => {
    expect(await storeImage(Buffer.from("<svg onload=alert(1)></svg>"), "poster")).toEqual({
      ok: false,
      error: "This file is not a JPEG, PNG, WebP or AVIF image.",
    });
    const gif = await sharp({ create: { width: 300, height: 450, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect((await storeImage(gif, "poster")).ok).toBe(false);
    const tiny = await sharp({ create: { width: 20, height: 30, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    expect(await storeImage(tiny, "poster")).toMatchObject({ ok: false, error: expect.stringContaining("too small") });
  });
});
