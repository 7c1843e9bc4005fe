// schema.org JSON-LD for search engines: what Google's rich results read for movies, people and reviews.
import { localisedPath, type Locale } from "@/i18n/locales";
import { summariseRatings } from "./rating";

type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";
/** Ratings are 0–10 everywhere in Marquee: 0 is "trash", 10 is five stars. */
const RATING_SCALE = { bestRating: 10, worstRating: 0 };

interface PersonRef {
  slug: string;
  name: string;
}

export interface ReviewInput {
  id: number;
  rating: number;
  body: string | null;
  hasSpoilers: boolean;
  createdAt: Date;
  author: { username: string; displayName: string | null };
}

export interface MovieInput {
  slug: string;
  /** The title in the page's language; `englishTitle` the catalogue's, where they differ (lib/film-languages.ts). */
  title: string;
  englishTitle?: string;
  originalTitle: string | null;
  year: number;
  releaseDate: string | null;
  runtimeMinutes: number | null;
  /** An uploaded poster's path, e.g. /posters/<sha-256>.webp. */
  poster: string | null;
  titles: { title: string }[];
  plots: { body: string }[];
  genres: { name: string }[];
  countries: { name: string }[];
  directors: PersonRef[];
  cast: PersonRef[];
  stats: { ratingCount: number; ratingSum: number } | null;
}

/** Serialises JSON-LD for a <script> element; `<` is escaped so no text can close the script early. */
export function serializeJsonLd(data: JsonLd | JsonLd[]) {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** ISO 8601 duration, e.g. 94 minutes → "PT1H34M". */
export function isoDuration(minutes: number) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ""}${rest || !hours ? `${rest}M` : ""}`;
}

function personJsonLdRef(person: PersonRef, origin: URL): JsonLd {
  return { "@type": "Person", name: person.name, url: new URL(`/people/${person.slug}`, origin).toString() };
}

function reviewBody(review: ReviewInput): JsonLd {
  return {
    "@type": "Review",
    author: { "@type": "Person", name: review.author.displayName ?? review.author.username },
    datePublished: review.createdAt.toISOString().slice(0, 10),
    reviewRating: { "@type": "Rating", ratingValue: review.rating, ...RATING_SCALE },
    // Spoilers stay out of excerpts that search engines show.
    ...(review.body && !review.hasSpoilers ? { reviewBody: review.body } : {}),
  };
}

/**
 * Google's Movie rich result requires an image: the poster, else the share card app/[locale]/films/[slug]/opengraph-image.tsx
 * draws. The og:image Next writes adds a hash of the card's code (?…) to bust caches; the route ignores it.
 */
function movieImageUrl(film: Pick<MovieInput, "slug" | "poster">, origin: URL) {
  return new URL(film.poster ?? `/films/${film.slug}/opengraph-image`, origin).toString();
}

/** Every other name of a film or person once, in order, without its own: schema.org's alternateName. */
function alternateNamesOf(name: string, others: (string | null)[]) {
  return [...new Set(others)].filter((other): other is string => Boolean(other) && other !== name);
}

export function movieJsonLd(film: MovieInput, reviews: ReviewInput[], origin: URL): JsonLd {
  const rating = summariseRatings(film.stats?.ratingSum ?? 0, film.stats?.ratingCount ?? 0);
  const alternateNames = alternateNamesOf(film.title, [
    film.englishTitle ?? null,
    film.originalTitle,
    ...film.titles.map((title) => title.title),
  ]);
  const url = new URL(`/films/${film.slug}`, origin).toString();
  return {
    "@context": CONTEXT,
    "@type": "Movie",
    "@id": `${url}#film`,
    name: film.title,
    url,
    image: movieImageUrl(film, origin),
    ...(alternateNames.length ? { alternateName: alternateNames } : {}),
    dateCreated: film.releaseDate ?? String(film.year),
    ...(film.plots[0] ? { description: film.plots[0].body } : {}),
    ...(film.runtimeMinutes ? { duration: isoDuration(film.runtimeMinutes) } : {}),
    genre: film.genres.map((genre) => genre.name),
    countryOfOrigin: film.countries.map((country) => ({ "@type": "Country", name: country.name })),
    director: film.directors.map((person) => personJsonLdRef(person, origin)),
    actor: film.cast.map((person) => personJsonLdRef(person, origin)),
    ...(rating.average !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: rating.average,
            ratingCount: rating.count,
            ...RATING_SCALE,
          },
        }
      : {}),
    ...(reviews.length
      ? {
          review: reviews.map((review) => ({
            ...reviewBody(review),
            url: new URL(`/reviews/${review.id}`, origin).toString(),
          })),
        }
      : {}),
  };
}

export interface PersonInput {
  slug: string;
  name: string;
  originalName: string | null;
  birthDate: string | null;
  birthPlace: string | null;
  deathDate: string | null;
  deathPlace: string | null;
  bio: string | null;
  photo?: string | null;
  /** Other romanisations, scripts, stage and birth names ("also known as"). */
  otherNames: { name: string }[];
}

export function personJsonLd(person: PersonInput, origin: URL): JsonLd {
  const alternateNames = alternateNamesOf(person.name, [
    person.originalName,
    ...person.otherNames.map((otherName) => otherName.name),
  ]);
  const url = new URL(`/people/${person.slug}`, origin).toString();
  return {
    "@context": CONTEXT,
    "@type": "Person",
    "@id": `${url}#person`,
    name: person.name,
    url,
    ...(alternateNames.length ? { alternateName: alternateNames } : {}),
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(person.birthPlace ? { birthPlace: { "@type": "Place", name: person.birthPlace } } : {}),
    ...(person.deathDate ? { deathDate: person.deathDate } : {}),
    ...(person.deathPlace ? { deathPlace: { "@type": "Place", name: person.deathPlace } } : {}),
    ...(person.bio ? { description: person.bio } : {}),
    ...(person.photo ? { image: new URL(person.photo, origin).toString() } : {}),
  };
}

/**
 * The page itself, in its language (schema.org's `inLanguage`), about the film, person or review it shows. A node of
 * its own beside the entity's: the entity's `inLanguage` would name the film's language, and Google reads its Movie
 * rich result from the Movie alone.
 */
export function webPageJsonLd(
  about: JsonLd,
  page: { name: string; path: string; locale: Locale },
  origin: URL,
): JsonLd {
  const url = new URL(localisedPath(page.locale, page.path), origin).toString();
  return {
    "@context": CONTEXT,
    "@type": "WebPage",
    "@id": url,
    url,
    name: page.name,
    inLanguage: page.locale,
    isPartOf: { "@type": "WebSite", name: "Marquee", url: origin.toString() },
    mainEntity: { "@id": about["@id"] },
  };
}

export function breadcrumbJsonLd(crumbs: { name: string; path: string }[], origin: URL): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).toString(),
    })),
  };
}

/** A review on its own page: the same review, naming the film it is about. */
export function reviewJsonLd(
  review: ReviewInput & { film: { slug: string; title: string; year: number } },
  origin: URL,
): JsonLd {
  const url = new URL(`/reviews/${review.id}`, origin).toString();
  return {
    "@context": CONTEXT,
    ...reviewBody(review),
    "@id": `${url}#review`,
    url,
    itemReviewed: {
      "@type": "Movie",
      name: review.film.title,
      dateCreated: String(review.film.year),
      url: new URL(`/films/${review.film.slug}`, origin).toString(),
    },
  };
}

const ITEM_LIST_ORDERS = {
  descending: "https://schema.org/ItemListOrderDescending",
  unordered: "https://schema.org/ItemListUnordered",
};

/** A chart of pages, best first (the top rated films, a member's ranked list), or a list in no order of merit. */
export function itemListJsonLd(
  name: string,
  items: { name: string; path: string }[],
  origin: URL,
  order: keyof typeof ITEM_LIST_ORDERS = "descending",
): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "ItemList",
    name,
    itemListOrder: ITEM_LIST_ORDERS[order],
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      url: new URL(item.path, origin).toString(),
    })),
  };
}
