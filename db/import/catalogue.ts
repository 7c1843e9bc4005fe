// What an import run knows about the catalogue, loaded once: films and people to match rows against, slugs in
// use, genres and countries. Runs assume no one else adds films or people meanwhile (an admin's bulk import).
import type { Executor } from "../client";
import { countries, externalIds, films, people, slugRedirects } from "../schema";
import { EntityIndex, type CatalogueRef } from "./entity-index";
import { GenreCatalogue } from "./genres";
import { SlugAllocator } from "./slugs";
import { matchKeyForTitle } from "./text";

export interface Catalogue {
  films: EntityIndex;
  people: EntityIndex;
  filmSlugs: SlugAllocator;
  personSlugs: SlugAllocator;
  genres: GenreCatalogue;
  /** Codes of the rows `countries` held when the import began; an import adds the ISO countries it needs. */
  countryCodesAtStart: Set<string>;
}

/** A film is found by its title or original title, in its year. */
export function filmMatchKeys(film: { title: string; originalTitle?: string | null; year: number }) {
  return [film.title, film.originalTitle]
    .filter((title): title is string => Boolean(title))
    .map((title) => `${film.year}|${matchKeyForTitle(title)}`);
}

export async function loadCatalogue(db: Executor): Promise<Catalogue> {
  const [filmRows, personRows, externalIdRows, redirectRows, countryRows, genres] = await Promise.all([
    db
      .select({
        id: films.id,
        slug: films.slug,
        title: films.title,
        originalTitle: films.originalTitle,
        year: films.year,
      })
      .from(films),
    db.select({ id: people.id, slug: people.slug }).from(people),
    db
      .select({
        source: externalIds.source,
        externalId: externalIds.externalId,
        filmId: externalIds.filmId,
        personId: externalIds.personId,
      })
      .from(externalIds),
    db.select({ oldSlug: slugRedirects.oldSlug, filmId: slugRedirects.filmId }).from(slugRedirects),
    db.select({ code: countries.code }).from(countries),
    GenreCatalogue.load(db),
  ]);

  const filmIndex = new EntityIndex();
  const filmById = new Map<number, CatalogueRef>();
  for (const film of filmRows) {
    const ref = { id: film.id, slug: film.slug };
    filmById.set(film.id, ref);
    filmIndex.add(ref, filmMatchKeys(film));
  }
  // People are found by id only (see people.ts): no match keys.
  const personIndex = new EntityIndex(false);
  const personById = new Map(personRows.map((person) => [person.id, { id: person.id, slug: person.slug }]));
  for (const row of externalIdRows) {
    const externalId = { source: row.source, id: row.externalId };
    if (row.filmId !== null) filmIndex.addExternalId(filmById.get(row.filmId)!, externalId);
    else if (row.personId !== null) personIndex.addExternalId(personById.get(row.personId)!, externalId);
  }

  // An old slug still answers with a redirect, so a new page must not take it.
  const redirectsOf = (isFilm: boolean) =>
    redirectRows.filter((row) => (row.filmId !== null) === isFilm).map((row) => row.oldSlug);
  return {
    films: filmIndex,
    people: personIndex,
    filmSlugs: new SlugAllocator(new Set([...filmRows.map((film) => film.slug), ...redirectsOf(true)])),
    personSlugs: new SlugAllocator(new Set([...personRows.map((person) => person.slug), ...redirectsOf(false)])),
    genres,
    countryCodesAtStart: new Set(countryRows.map((row) => row.code)),
  };
}
