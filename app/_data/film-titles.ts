// Cached: the titles films go by in a language, for the pages that list films.
import { cacheLife, cacheTag } from "next/cache";
import { listTitlesMaybeIn } from "@/db/queries/film-titles";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";
import { titleInLanguage, titleLanguageOf } from "@/lib/film-languages";

type TitlesInLanguage = Record<number, { title: string; language: string }>;

async function loadTitlesInLanguage(filmIds: number[], locale: Locale): Promise<TitlesInLanguage> {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.filmTitles);
  const titlesIn = titleLanguageOf(locale);
  if (!titlesIn) return {};
  const rows = await listTitlesMaybeIn(filmIds, titlesIn);
  const titles: TitlesInLanguage = {};
  for (const filmId of filmIds) {
    const local = titleInLanguage(
      rows.filter((row) => row.filmId === filmId),
      locale,
    );
    if (local) titles[filmId] = { title: local.title, language: local.language ?? locale };
  }
  return titles;
}

/** A film as filmsInLanguage gave it: `titledIn` says which language's titles it was looked up in. */
export type FilmInLanguage<F> = F & { titleLanguage?: string; titledIn?: Locale };

/**
 * The films, each with the title it goes by in the locale's language where it has one (English: as they are). Films
 * already titled in the locale (a page's data handed on to a shared component) are not looked up again.
 */
export async function filmsInLanguage<F extends { id: number; title: string; titledIn?: Locale }>(
  films: F[],
  locale: Locale,
): Promise<FilmInLanguage<F>[]> {
  const toLookUp = films.filter((film) => film.titledIn !== locale);
  if (locale === DEFAULT_LOCALE || toLookUp.length === 0) return films;
  const local = await loadTitlesInLanguage(
    toLookUp.map((film) => film.id),
    locale,
  );
  return films.map((film) => {
    if (film.titledIn === locale) return film;
    const inLanguage = local[film.id];
    return inLanguage
      ? { ...film, title: inLanguage.title, titleLanguage: inLanguage.language, titledIn: locale }
      : { ...film, titledIn: locale };
  });
}

type FilmLike = { id: number; title: string; titledIn?: Locale };
type WithFilmInLanguage<R extends { film: FilmLike | null }> = R & {
  film: FilmInLanguage<NonNullable<R["film"]>> | Extract<R["film"], null>;
};

/**
 * Credits (or any rows that hang on a film) with their films titled in the locale's language; a row whose film is
 * gone (null: a notification about a deleted film's review) stays as it is.
 */
export async function withFilmsInLanguage<R extends { film: FilmLike | null }>(
  rows: R[],
  locale: Locale,
): Promise<WithFilmInLanguage<R>[]> {
  const withFilm = rows.flatMap((row) => (row.film ? [row.film] : []));
  const films = await filmsInLanguage(withFilm, locale);
  let next = 0;
  return rows.map((row) => (row.film ? { ...row, film: films[next++]! } : row)) as WithFilmInLanguage<R>[];
}
