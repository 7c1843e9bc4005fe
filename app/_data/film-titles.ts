// Cached: the titles films go by in a language, for the pages that list films.
import { cacheLife, cacheTag } from "next/cache";
import { listTitlesMaybeIn } from "@/db/queries/film-titles";
import { DEFAULT_LOCALE, localeSettings, type Locale } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";
import { titleInLanguage } from "@/lib/film-languages";

type TitlesInLanguage = Record<number, { title: string; language: string }>;

async function loadTitlesInLanguage(filmIds: number[], locale: Locale): Promise<TitlesInLanguage> {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.filmTitles);
  const rows = await listTitlesMaybeIn(filmIds, { language: locale, countries: localeSettings(locale).titleCountries });
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

/** The films, each with the title it goes by in the locale's language where it has one (English: as they are). */
export async function filmsInLanguage<F extends { id: number; title: string }>(
  films: F[],
  locale: Locale,
): Promise<(F & { titleLanguage?: string })[]> {
  if (locale === DEFAULT_LOCALE || films.length === 0) return films;
  const local = await loadTitlesInLanguage(
    films.map((film) => film.id),
    locale,
  );
  return films.map((film) => {
    const inLanguage = local[film.id];
    return inLanguage ? { ...film, title: inLanguage.title, titleLanguage: inLanguage.language } : film;
  });
}

/** Credits (or any rows that hang on a film) with their films titled in the locale's language. */
export async function withFilmsInLanguage<R extends { film: { id: number; title: string } }>(
  rows: R[],
  locale: Locale,
): Promise<R[]> {
  const films = await filmsInLanguage(
    rows.map((row) => row.film),
    locale,
  );
  return rows.map((row, index) => ({ ...row, film: films[index]! }));
}
