// Admin writes to films: create and edit, each with its audit row, slug redirect and no lost updates.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { filmSlug, slugCandidate } from "@/lib/slugs";
import type { FilmFields } from "@/lib/validation/films";
import { getDb, type Executor } from "../client";
import { credits, filmCountries, filmGenres, films, genres, slugRedirects } from "../schema";
import { recordAudit } from "./audit";

/** What the audit log keeps of a film, and what a revert restores. */
export type FilmSnapshot = FilmFields & { slug: string };

/** The film as an admin edits it, with its version: updated_at to the microsecond, as text. */
export async function readFilmSnapshot(tx: Executor, filmId: number, { lock = false } = {}) {
  const query = tx
    .select({
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      year: films.year,
      releaseDate: films.releaseDate,
      runtimeMinutes: films.runtimeMinutes,
      version: sql<string>`${films.updatedAt}::text`,
    })
    .from(films)
    .where(eq(films.id, filmId))
    .$dynamic();
  // Locked while an edit compares versions and writes, so two saves cannot both pass the check.
  const [film] = lock ? await query.for("update") : await query;
  if (!film) return undefined;
  const genreRows = await tx
    .select({ slug: genres.slug })
    .from(filmGenres)
    .innerJoin(genres, eq(genres.id, filmGenres.genreId))
    .where(eq(filmGenres.filmId, filmId))
    .orderBy(genres.slug);
  const countryRows = await tx
    .select({ code: filmCountries.countryCode })
    .from(filmCountries)
    .where(eq(filmCountries.filmId, filmId))
    .orderBy(filmCountries.position);
  const { version, ...fields } = film;
  const snapshot: FilmSnapshot = { ...fields, genres: genreRows.map((row) => row.slug), countries: countryRows.map((row) => row.code) };
  return { snapshot, version };
}

/** The first free slug for a title and year, the film's own slug counting as free. */
async function freeSlug(tx: Executor, fields: FilmFields, filmId?: number) {
  const base = filmSlug(fields.title, fields.year);
  for (let attempt = 1; ; attempt += 1) {
    const candidate = slugCandidate(base, attempt);
    const [taken] = await tx
      .select({ id: films.id })
      .from(films)
      .where(and(eq(films.slug, candidate), filmId ? ne(films.id, filmId) : undefined))
      .limit(1);
    if (!taken) return candidate;
  }
}

/** The fields that are columns of `films` (genres and countries are rows of their own). */
function filmColumns({ title, originalTitle, year, releaseDate, runtimeMinutes }: FilmFields) {
  return { title, originalTitle, year, releaseDate, runtimeMinutes };
}

async function writeGenresAndCountries(tx: Executor, filmId: number, fields: FilmFields) {
  await tx.delete(filmGenres).where(eq(filmGenres.filmId, filmId));
  await tx.delete(filmCountries).where(eq(filmCountries.filmId, filmId));
  if (fields.genres.length > 0) {
    const genreIds = await tx.select({ id: genres.id }).from(genres).where(inArray(genres.slug, fields.genres));
    if (genreIds.length > 0) await tx.insert(filmGenres).values(genreIds.map(({ id }) => ({ filmId, genreId: id })));
  }
  if (fields.countries.length > 0) {
    await tx.insert(filmCountries).values(fields.countries.map((countryCode, position) => ({ filmId, countryCode, position })));
  }
}

/** The people credited on a film, whose filmographies show its title. */
async function creditedPeople(tx: Executor, filmId: number) {
  return (await tx.selectDistinct({ personId: credits.personId }).from(credits).where(eq(credits.filmId, filmId))).map((row) => row.personId);
}

export async function createFilm({ actorId, fields }: { actorId: number; fields: FilmFields }) {
  return getDb().transaction(async (tx) => {
    const slug = await freeSlug(tx, fields);
    const [film] = await tx.insert(films).values({ ...filmColumns(fields), slug }).returning({ id: films.id });
    await writeGenresAndCountries(tx, film!.id, fields);
    const after = (await readFilmSnapshot(tx, film!.id))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "film", entityId: film!.id, action: "create", before: null, after });
    return { id: film!.id, slug };
  });
}

export type UpdateFilmResult =
  | { ok: true; slug: string; oldSlug: string; personIds: number[] }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "changed"; current: FilmSnapshot; version: string };

/**
 * Saves an admin's edit if the film is still as they opened it (`version`); otherwise nothing is written and
 * the current film is returned, so the form can show what changed. A new title or year moves the slug, and
 * the old one answers with a 301 (slug_redirects).
 */
export async function updateFilm({ actorId, filmId, version, fields, action = "update" }: { actorId: number; filmId: number; version: string; fields: FilmFields; action?: string }): Promise<UpdateFilmResult> {
  return getDb().transaction(async (tx) => {
    const opened = await readFilmSnapshot(tx, filmId, { lock: true });
    if (!opened) return { ok: false, reason: "not-found" } as const;
    if (opened.version !== version) return { ok: false, reason: "changed", current: opened.snapshot, version: opened.version } as const;
    const before = opened.snapshot;
    const slug = await freeSlug(tx, fields, filmId);
    await tx.update(films).set({ ...filmColumns(fields), slug, updatedAt: sql`clock_timestamp()` }).where(eq(films.id, filmId));
    if (slug !== before.slug) {
      // Renaming back to an earlier slug frees it from its redirect.
      await tx.delete(slugRedirects).where(and(eq(slugRedirects.oldSlug, slug), eq(slugRedirects.filmId, filmId)));
      await tx.insert(slugRedirects).values({ oldSlug: before.slug, filmId }).onConflictDoNothing();
    }
    await writeGenresAndCountries(tx, filmId, fields);
    const after = (await readFilmSnapshot(tx, filmId))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "film", entityId: filmId, action, before, after });
    return { ok: true, slug, oldSlug: before.slug, personIds: await creditedPeople(tx, filmId) } as const;
  });
}
