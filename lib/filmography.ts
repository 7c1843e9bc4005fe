// Filmography arithmetic for person pages: averages per role, known-for, sorting.
import { summariseRatings } from "./rating";

export interface FilmographyCredit {
  role: string;
  character: string | null;
  film: { slug: string; title: string; year: number };
  ratingCount: number;
  ratingSum: number;
}

export const FILMOGRAPHY_SORTS = ["year", "rating", "title"] as const;
export type FilmographySort = (typeof FILMOGRAPHY_SORTS)[number];

/** The role segment of a filmography's path (/people/{slug}/filmography/{sort}/{role}) that shows every role. */
export const EVERY_ROLE = "all";

function mean(credit: FilmographyCredit) {
  return credit.ratingCount > 0 ? credit.ratingSum / credit.ratingCount : -1;
}

const comparators: Record<FilmographySort, (a: FilmographyCredit, b: FilmographyCredit) => number> = {
  year: (a, b) => b.film.year - a.film.year || a.film.title.localeCompare(b.film.title),
  rating: (a, b) => mean(b) - mean(a) || b.film.year - a.film.year,
  title: (a, b) => a.film.title.localeCompare(b.film.title) || a.film.year - b.film.year,
};

export function sortFilmography<T extends FilmographyCredit>(credits: readonly T[], sort: FilmographySort): T[] {
  return [...credits].sort(comparators[sort]);
}

/** The average rating of all ratings of the films a person has in one role (every rating weighs the same). */
export function averageForRole(credits: readonly FilmographyCredit[], role: string) {
  const inRole = credits.filter((credit) => credit.role === role);
  const summary = summariseRatings(
    inRole.reduce((sum, credit) => sum + credit.ratingSum, 0),
    inRole.reduce((sum, credit) => sum + credit.ratingCount, 0),
  );
  return { ...summary, films: inRole.length };
}

/** The person's most rated films, whatever the role, each once. */
export function knownFor<T extends FilmographyCredit>(credits: readonly T[], limit = 4): T[] {
  const seen = new Set<string>();
  return [...credits]
    .sort((a, b) => b.ratingCount - a.ratingCount || b.film.year - a.film.year)
    .filter((credit) => !seen.has(credit.film.slug) && seen.add(credit.film.slug))
    .slice(0, limit);
}
