// The proportions of IMDb's non-commercial datasets (https://developer.imdb.com/non-commercial-datasets/) as of
// 2024–25, rounded: what share of the titles each title type is, how many other titles, principals and crew a title
// has, how often a cell is `\N`. At scale 1 the files have the real row counts; a smaller scale keeps every ratio.
import { weighted } from "./random";

/** title.basics at scale 1: about 11 million titles, of which about 700,000 are films ("movie"). */
export const FULL_SCALE_TITLES = 11_000_000;
/** name.basics at scale 1: about 14 million people, a fixed ratio to the titles at every scale. */
export const PEOPLE_PER_TITLE = 14 / 11;

interface TitleTypeShape {
  /** Titles of this type out of all titles, in thousands (IMDb's counts, rounded). */
  thousands: number;
  /** Mean rows per title in title.akas and title.principals: films have most of both. */
  akas: number;
  principals: number;
  /** Share marked isAdult. */
  adult: number;
}

/**
 * About 50 million akas and 90 million principals in all, as IMDb publishes: the rows of titles that are not films
 * are read and skipped by the importer, so they are generated in full, since reading them is part of the import's time.
 * Films get about 9 akas (popular ones dozens, many one or two) and 14 principals each, episodes about 4 and 8.
 */
export const TITLE_TYPES: Record<string, TitleTypeShape> = {
  tvEpisode: { thousands: 8_400, akas: 4.9, principals: 8.7, adult: 0.005 },
  short: { thousands: 1_000, akas: 3.5, principals: 6.5, adult: 0.01 },
  movie: { thousands: 700, akas: 9.5, principals: 14.5, adult: 0.03 },
  video: { thousands: 300, akas: 3.5, principals: 6.5, adult: 0.1 },
  tvSeries: { thousands: 270, akas: 3.5, principals: 6.5, adult: 0.005 },
  tvMovie: { thousands: 150, akas: 3.5, principals: 6.5, adult: 0.01 },
  tvMiniSeries: { thousands: 60, akas: 3.5, principals: 6.5, adult: 0.005 },
  tvSpecial: { thousands: 50, akas: 3.5, principals: 6.5, adult: 0.005 },
  videoGame: { thousands: 40, akas: 3.5, principals: 6.5, adult: 0.005 },
  tvShort: { thousands: 10, akas: 3.5, principals: 6.5, adult: 0.005 },
};

export const TITLE_TYPE_PICK = weighted(Object.entries(TITLE_TYPES).map(([type, shape]) => [type, shape.thousands]));

/** Films still in development have no year yet: the importer skips them ("no year"). */
export const MOVIE_WITHOUT_YEAR = 0.07;
/** Films announced for the next few years. */
export const MOVIE_UPCOMING = 0.02;
export const MOVIE_WITHOUT_RUNTIME = 0.35;
/** A few art films run for days (Logistics, 51,420 minutes): past the catalogue's 6,000, they are skipped. */
export const MOVIE_OVERLONG = 0.00001;
export const WITHOUT_GENRES = 0.07;
/** primaryTitle is the title IMDb shows; originalTitle differs for films not made in English. */
export const ORIGINAL_TITLE_DIFFERS = 0.18;

/** IMDb's genres, weighted roughly as films carry them (Drama on about half). */
export const GENRES = weighted([
  ["Drama", 30],
  ["Comedy", 17],
  ["Documentary", 12],
  ["Romance", 6],
  ["Action", 6],
  ["Thriller", 6],
  ["Crime", 5],
  ["Horror", 5],
  ["Adventure", 3],
  ["Family", 3],
  ["Music", 2],
  ["Mystery", 2],
  ["Biography", 2],
  ["Fantasy", 2],
  ["History", 2],
  ["Animation", 2],
  ["Sci-Fi", 2],
  ["War", 1],
  ["Musical", 1],
  ["Western", 1],
  ["Sport", 1],
  ["Film-Noir", 0.2],
  ["Reality-TV", 1],
  ["Talk-Show", 0.5],
  ["News", 0.5],
  ["Game-Show", 0.3],
  ["Short", 1],
]);

/**
 * Principals' categories besides the director and writers each title gets: cast first, as IMDb orders them.
 * Production designers, casting directors and archive footage are not roles the catalogue lists (skipped).
 */
export const OTHER_PRINCIPAL_CATEGORIES = weighted([
  ["actor", 36],
  ["actress", 24],
  ["self", 12],
  ["producer", 10],
  ["composer", 4],
  ["cinematographer", 4],
  ["editor", 4],
  ["production_designer", 2],
  ["casting_director", 2],
  ["archive_footage", 2],
  ["archive_sound", 0.05],
]);

export const CAST_CATEGORIES = new Set(["actor", "actress", "self", "archive_footage", "archive_sound"]);

/**
 * Who a credit goes to: a quarter to anyone of the 14 million (most people have one or two credits), the rest to a
 * pool of working regulars, skewed so that the busiest have a few hundred films: about 3.5 million different people
 * are credited on films, as on IMDb.
 */
export const ANYONE_SHARE = 0.25;
export const REGULARS_SHARE_OF_PEOPLE = 0.107;
export const REGULARS_SKEW = 1.5;
/** A few principals name someone name.basics lacks (deleted or merged ids): "person not in name.basics". */
export const DANGLING_PERSON = 0.00005;

/** Regions of title.akas: countries, and IMDb's codes that are not (XWW the world, SUHH the Soviet Union…). */
export const AKA_REGIONS = weighted<string | null>([
  ["US", 10],
  ["XWW", 8],
  ["GB", 6],
  ["DE", 6],
  ["FR", 6],
  ["ES", 5],
  ["IT", 5],
  ["JP", 5],
  ["BR", 5],
  ["CA", 4],
  ["IN", 4],
  ["MX", 3],
  ["RU", 3],
  ["PT", 3],
  ["GR", 3],
  ["PL", 3],
  ["TR", 3],
  [null, 4],
  ["AU", 2],
  ["HU", 2],
  ["AR", 2],
  ["SE", 2],
  ["FI", 2],
  ["DK", 2],
  ["NO", 2],
  ["NL", 2],
  ["CZ", 2],
  ["RO", 2],
  ["KR", 2],
  ["CN", 1],
  ["TW", 1],
  ["HK", 1],
  ["UA", 1],
  ["RS", 1],
  ["XEU", 0.5],
  ["SUHH", 0.3],
  ["XSA", 0.3],
  ["CSHH", 0.2],
  ["XYU", 0.2],
  ["DDDE", 0.2],
]);

export const AKA_TYPES = weighted<string | null>([
  ["imdbDisplay", 45],
  [null, 35],
  ["alternative", 6],
  ["working", 3],
  ["festival", 3],
  ["dvd", 2],
  ["tv", 2],
  ["video", 2],
]);

export const AKA_ATTRIBUTES = [
  "literal English title",
  "alternative spelling",
  "new title",
  "reissue title",
  "short title",
  "complete title",
  "premiere title",
];
/** An aka repeats the film's own title for many regions; the importer keeps it once. */
export const AKA_SAME_AS_TITLE = 0.45;
export const AKA_WITH_LANGUAGE = 0.25;
export const AKA_WITH_ATTRIBUTES = 0.12;

export const PROFESSIONS = [
  "actor",
  "actress",
  "miscellaneous",
  "producer",
  "writer",
  "director",
  "camera_department",
  "editor",
  "composer",
  "sound_department",
  "art_department",
  "cinematographer",
  "music_department",
];
