// The genres of the real datasets (Wikipedia's list tables, Netflix's shelves, MovieLens's tags) in terms of
// Marquee's genres (db/seed/demo/genres.ts). Genres Marquee has no page for (Silent, Teen, IMAX…) are dropped.

const GENRE_SLUGS: Record<string, string[]> = {
  Action: ["action"],
  "Action & Adventure": ["action", "adventure"],
  Adventure: ["adventure"],
  Animated: ["animation"],
  Animation: ["animation"],
  "Anime Features": ["animation"],
  Biography: ["history"],
  Children: ["family"],
  "Children & Family Movies": ["family"],
  Comedies: ["comedy"],
  Comedy: ["comedy"],
  Crime: ["crime"],
  Dance: ["musical"],
  Disaster: ["action"],
  Documentaries: ["documentary"],
  Documentary: ["documentary"],
  Drama: ["drama"],
  Dramas: ["drama"],
  Family: ["family"],
  Fantasy: ["fantasy"],
  "Film-Noir": ["crime"],
  Historical: ["history"],
  Horror: ["horror"],
  "Horror Movies": ["horror"],
  "Martial Arts": ["action"],
  "Music & Musicals": ["musical"],
  Musical: ["musical"],
  Mystery: ["mystery"],
  Noir: ["crime"],
  "Romantic Movies": ["romance"],
  Romance: ["romance"],
  "Sci-Fi": ["science-fiction"],
  "Sci-Fi & Fantasy": ["science-fiction", "fantasy"],
  "Science Fiction": ["science-fiction"],
  Slasher: ["horror"],
  Spy: ["thriller"],
  "Stand-Up Comedy": ["comedy"],
  Superhero: ["action"],
  Supernatural: ["horror"],
  Suspense: ["thriller"],
  Thriller: ["thriller"],
  Thrillers: ["thriller"],
  War: ["war"],
  Western: ["western"],
};

/** Marquee genre slugs for a dataset's genre names, without repeats. */
export function genreSlugsOf(names: string[]): string[] {
  return [...new Set(names.flatMap((name) => GENRE_SLUGS[name.trim()] ?? []))];
}
