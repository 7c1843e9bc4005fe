// A film as admins edit it — details, other titles, plots, credits and poster — which is also what the audit
// log keeps of each change and what a revert restores.
import { asc, eq, sql } from "drizzle-orm";
import type { FilmFields } from "@/lib/validation/films";
import type { PlotRow, TitleRow } from "@/lib/validation/film-sections";
import type { Executor } from "../client";
import { credits, filmCountries, filmGenres, films, filmTitles, genres, people, plots } from "../schema";

/** A credit as the audit log keeps it: the name too, so the log reads well after the person is renamed. */
export interface CreditSnapshot {
  personId: number;
  name: string;
  role: (typeof credits.$inferSelect)["role"];
  character: string | null;
}

export interface FilmSections {
  titles: TitleRow[];
  plots: PlotRow[];
  credits: CreditSnapshot[];
  poster: string | null;
}

export type FilmSnapshot = FilmFields & FilmSections & { slug: string };

function readTitles(tx: Executor, filmId: number) {
  return tx
    .select({
      title: filmTitles.title,
      kind: filmTitles.kind,
      countryCode: filmTitles.countryCode,
      language: filmTitles.language,
    })
    .from(filmTitles)
    .where(eq(filmTitles.filmId, filmId))
    .orderBy(asc(filmTitles.id));
}

function readPlots(tx: Executor, filmId: number) {
  return tx
    .select({
      body: plots.body,
      source: plots.source,
      sourceUrl: plots.sourceUrl,
      license: plots.license,
      language: plots.language,
    })
    .from(plots)
    .where(eq(plots.filmId, filmId))
    .orderBy(asc(plots.position), asc(plots.id));
}

/** Credits in billing order, the order the editor shows and saves them in. */
function readCredits(tx: Executor, filmId: number) {
  return tx
    .select({ personId: credits.personId, name: people.name, role: credits.role, character: credits.character })
    .from(credits)
    .innerJoin(people, eq(people.id, credits.personId))
    .where(eq(credits.filmId, filmId))
    .orderBy(asc(credits.position), asc(credits.role), asc(credits.id));
}

/** The film with its version: updated_at to the microsecond, as text. `lock` holds the row until the transaction ends. */
export async function readFilmSnapshot(tx: Executor, filmId: number, { lock = false } = {}) {
  const query = tx
    .select({
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      year: films.year,
      releaseDate: films.releaseDate,
      runtimeMinutes: films.runtimeMinutes,
      poster: films.poster,
      version: sql<string>`${films.updatedAt}::text`,
    })
    .from(films)
    .where(eq(films.id, filmId))
    .$dynamic();
  // Locked while an edit compares versions and writes, so two saves cannot both pass the check.
  const [film] = lock ? await query.for("update") : await query;
  if (!film) return undefined;
  const [genreRows, countryRows, titles, plotRows, creditRows] = await Promise.all([
    tx
      .select({ slug: genres.slug })
      .from(filmGenres)
      .innerJoin(genres, eq(genres.id, filmGenres.genreId))
      .where(eq(filmGenres.filmId, filmId))
      .orderBy(genres.slug),
    tx
      .select({ code: filmCountries.countryCode })
      .from(filmCountries)
      .where(eq(filmCountries.filmId, filmId))
      .orderBy(filmCountries.position),
    readTitles(tx, filmId),
    readPlots(tx, filmId),
    readCredits(tx, filmId),
  ]);
  const { version, ...fields } = film;
  const snapshot: FilmSnapshot = {
    ...fields,
    genres: genreRows.map((row) => row.slug),
    countries: countryRows.map((row) => row.code),
    titles,
    plots: plotRows,
    credits: creditRows,
  };
  return { snapshot, version };
}
