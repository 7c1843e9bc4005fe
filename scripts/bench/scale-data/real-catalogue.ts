// The real rows that fit in the requested size, numbered from 1: films (the ones with MovieLens ratings first, so
// even a small scale database has real ratings), the people credited on them, and their ratings.
import type { ScaleSize } from "../options";
import type { DatasetFilm, DatasetRating } from "./datasets";
import { SlugAllocator } from "@/db/import/slugs";
import { matchKeyForTitle } from "@/db/import/text";
import { filmSlug, personSlug } from "@/lib/slugs";

export interface RealFilm extends DatasetFilm {
  id: number;
  slug: string;
}

export interface RealCatalogue {
  films: RealFilm[];
  people: { id: number; slug: string; name: string }[];
  credits: { filmId: number; personId: number; role: "director" | "cast"; position: number }[];
  ratings: { filmId: number; userId: number; rating: number; ratedAt: Date }[];
  /** Users 1…userCount are MovieLens's users (their ids are kept). */
  userCount: number;
}

/**
 * One film per title and year, matched as an import matches them (without case, accents, punctuation or a leading
 * article): the first source's fields win, later sources fill what it lacks.
 */
function mergeDuplicates(films: DatasetFilm[]) {
  const byKey = new Map<string, DatasetFilm>();
  for (const film of films) {
    const key = `${film.year}|${matchKeyForTitle(film.title)}`;
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...film });
      continue;
    }
    kept.runtimeMinutes ??= film.runtimeMinutes;
    kept.plot ??= film.plot;
    kept.movieLensId ??= film.movieLensId;
    for (const field of ["genreSlugs", "countryCodes", "directors", "cast"] as const) {
      if (kept[field].length === 0) kept[field] = film[field];
    }
  }
  return [...byKey.values()];
}

export function selectRealCatalogue(
  datasets: { films: DatasetFilm[]; ratings: DatasetRating[] },
  size: ScaleSize,
): RealCatalogue {
  const ratingCounts = new Map<number, number>();
  for (const rating of datasets.ratings)
    ratingCounts.set(rating.movieLensId, (ratingCounts.get(rating.movieLensId) ?? 0) + 1);
  const countOf = (film: DatasetFilm) => (film.movieLensId === null ? 0 : (ratingCounts.get(film.movieLensId) ?? 0));
  // Array.prototype.sort is stable: films without ratings keep their source order.
  const ordered = mergeDuplicates(datasets.films).sort((a, b) => countOf(b) - countOf(a));

  const filmSlugs = new SlugAllocator(new Set());
  const films = ordered.slice(0, size.films).map((film, index) => ({
    ...film,
    id: index + 1,
    slug: filmSlugs.allocate(filmSlug(film.title, film.year)),
  }));

  const personSlugs = new SlugAllocator(new Set());
  const people: RealCatalogue["people"] = [];
  const personIds = new Map<string, number>();
  const personIdOf = (name: string) => {
    let id = personIds.get(name);
    if (id === undefined && people.length < size.people) {
      id = people.length + 1;
      personIds.set(name, id);
      people.push({ id, slug: personSlugs.allocate(personSlug(name)), name });
    }
    return id;
  };
  const credits = films.flatMap((film) =>
    (["director", "cast"] as const).flatMap((role) =>
      (role === "director" ? film.directors : film.cast).flatMap((name, position) => {
        const personId = personIdOf(name);
        return personId === undefined ? [] : [{ filmId: film.id, personId, role, position }];
      }),
    ),
  );

  const filmIdByMovieLensId = new Map(
    films.flatMap((film) => (film.movieLensId === null ? [] : [[film.movieLensId, film.id]])),
  );
  const ratings = datasets.ratings
    .filter((rating) => rating.movieLensUserId <= size.users && filmIdByMovieLensId.has(rating.movieLensId))
    .slice(0, size.reviews)
    .map((rating) => ({
      filmId: filmIdByMovieLensId.get(rating.movieLensId)!,
      userId: rating.movieLensUserId,
      rating: rating.rating,
      ratedAt: rating.ratedAt,
    }));
  const maxMovieLensUser = datasets.ratings.reduce((max, rating) => Math.max(max, rating.movieLensUserId), 0);
  return { films, people, credits, ratings, userCount: Math.min(maxMovieLensUser, size.users) };
}
