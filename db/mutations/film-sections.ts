// Writes a film's lists as a whole, inside the caller's transaction: the editor saves the list it shows.
import { eq, inArray } from "drizzle-orm";
import type { FilmFields } from "@/lib/validation/films";
import type { CreditInput, PlotRow, TitleRow } from "@/lib/validation/film-sections";
import type { Executor } from "../client";
import { credits, filmCountries, filmGenres, filmTitles, genres, people, plots } from "../schema";
import { insertPerson } from "./people";

export async function writeGenresAndCountries(
  tx: Executor,
  filmId: number,
  fields: Pick<FilmFields, "genres" | "countries">,
) {
  await tx.delete(filmGenres).where(eq(filmGenres.filmId, filmId));
  await tx.delete(filmCountries).where(eq(filmCountries.filmId, filmId));
  if (fields.genres.length > 0) {
    const genreIds = await tx.select({ id: genres.id }).from(genres).where(inArray(genres.slug, fields.genres));
    if (genreIds.length > 0) await tx.insert(filmGenres).values(genreIds.map(({ id }) => ({ filmId, genreId: id })));
  }
  if (fields.countries.length > 0) {
    await tx
      .insert(filmCountries)
      .values(fields.countries.map((countryCode, position) => ({ filmId, countryCode, position })));
  }
}

export async function writeTitles(tx: Executor, filmId: number, titles: TitleRow[]) {
  await tx.delete(filmTitles).where(eq(filmTitles.filmId, filmId));
  if (titles.length > 0) await tx.insert(filmTitles).values(titles.map((title) => ({ ...title, filmId })));
}

export async function writePlots(tx: Executor, filmId: number, rows: PlotRow[]) {
  await tx.delete(plots).where(eq(plots.filmId, filmId));
  if (rows.length > 0) await tx.insert(plots).values(rows.map((plot, position) => ({ ...plot, filmId, position })));
}

export class MissingPeopleError extends Error {
  constructor(readonly personIds: number[]) {
    super(`People ${personIds.join(", ")} no longer exist.`);
  }
}

/**
 * Replaces the film's credits with `rows` in billing order, creating the new people they name (one person per
 * name, even when named twice). Credits naming a person who has since been deleted or merged are refused.
 */
export async function writeCredits(tx: Executor, actorId: number, filmId: number, rows: CreditInput[]) {
  const namedIds = [...new Set(rows.flatMap((row) => (row.personId === null ? [] : [row.personId])))];
  const existing =
    namedIds.length > 0 ? await tx.select({ id: people.id }).from(people).where(inArray(people.id, namedIds)) : [];
  const missing = namedIds.filter((id) => !existing.some((person) => person.id === id));
  if (missing.length > 0) throw new MissingPeopleError(missing);

  const createdIds = new Map<string, number>();
  const values = [];
  for (const [position, row] of rows.entries()) {
    let personId = row.personId;
    if (personId === null) {
      const name = row.newPersonName!;
      personId = createdIds.get(name) ?? (await insertPerson(tx, actorId, { name })).id;
      createdIds.set(name, personId);
    }
    values.push({ filmId, personId, role: row.role, character: row.character, position });
  }
  await tx.delete(credits).where(eq(credits.filmId, filmId));
  // The unique (film, person, role) key: a new person named twice in one role is one credit.
  if (values.length > 0) await tx.insert(credits).values(values).onConflictDoNothing();
}
