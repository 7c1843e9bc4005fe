import { describe, expect, it } from "vitest";
import type { FilmCardData, FilmPageData, ReviewCardData } from "@/db/queries/films";
import type { PersonPageData } from "@/db/queries/people";
import type { FilmSearchResult, PersonSearchResult } from "@/db/queries/search";
import { pageEnvelope } from "./pagination";
import {
  toFilm,
  toFilmCard,
  toPerson,
  toReview,
  toReviewWithRevisions,
  toSearchFilm,
  toSearchPerson,
} from "./resources";
import {
  filmCardSchema,
  filmSchema,
  personSchema,
  reviewSchema,
  reviewWithRevisionsSchema,
  searchResultsSchema,
} from "./schemas";

const ORIGIN = new URL("https://marquee.example");
const escape = { slug: "escape-2024", title: "Escape", year: 2024 };
const leeJongPil = { slug: "lee-jong-pil", name: "Lee Jong-pil", originalName: "이종필" };

function filmCard(overrides: Partial<FilmCardData> = {}): FilmCardData {
  return {
    id: 2,
    slug: "peninsula-2020",
    title: "Peninsula",
    year: 2020,
    poster: null,
    posterPlaceholder: null,
    ratingCount: 2,
    ratingSum: 11,
    ...overrides,
  };
}

function filmPage(overrides: Partial<FilmPageData> = {}): FilmPageData {
  return {
    id: 1,
    ...escape,
    originalTitle: "탈주",
    releaseDate: "2024-07-03",
    runtimeMinutes: 94,
    poster: "/posters/escape-2024.webp",
    createdAt: new Date("2024-01-01T00:00:00Z"),
    updatedAt: new Date("2024-01-01T00:00:00Z"),
    titles: [{ title: "탈주", kind: "original", language: "ko", countryCode: "KR" }],
    plots: [
      {
        id: 1,
        body: "A soldier runs for the border.",
        source: "Wikipedia",
        sourceUrl: "https://en.wikipedia.org/wiki/Escape_(2024_film)",
        license: "CC BY-SA 4.0",
        language: "en",
      },
    ],
    genres: [{ slug: "thriller", name: "Thriller" }],
    countries: [{ code: "KR", name: "South Korea" }],
    directors: [leeJongPil],
    cast: [{ slug: "lee-je-hoon", name: "Lee Je-hoon", originalName: null, character: "Lim Gyu-nam" }],
    crew: [{ slug: "composer-1", name: "A Composer", originalName: null, role: "composer" }],
    stats: { ratingCount: 4, ratingSum: 26, reviewCount: 2, histogram: [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0] },
    ...overrides,
  };
}

function reviewCard(overrides: Partial<ReviewCardData> = {}): ReviewCardData {
  return {
    id: 7,
    rating: 9,
    body: "Tense from start to finish.",
    hasSpoilers: true,
    createdAt: new Date("2024-07-05T18:20:00Z"),
    editedAt: null,
    likeCount: 2,
    isPreRelease: false,
    author: { username: "cinephile_anna", displayName: null, isDeleted: false },
    ...overrides,
  };
}

describe("API bodies", () => {
  it("give a film the page's data, with absolute links and its plots' source and licence", () => {
    const body = filmSchema.parse(toFilm(ORIGIN, { film: filmPage(), relatedFilms: [filmCard()] }));
    expect(body).toMatchObject({
      slug: "escape-2024",
      posterUrl: "https://marquee.example/posters/escape-2024.webp",
      plots: [{ source: "Wikipedia", license: "CC BY-SA 4.0" }],
      directors: [{ slug: "lee-jong-pil", links: { self: "https://marquee.example/api/v1/people/lee-jong-pil" } }],
      rating: { count: 4, average: 6.5, percentage: 65, reviewCount: 2 },
      links: {
        html: "https://marquee.example/films/escape-2024",
        reviews: "https://marquee.example/api/v1/films/escape-2024/reviews",
      },
    });
  });

  it("give an unrated film an empty rating rather than none", () => {
    const body = filmSchema.parse(toFilm(ORIGIN, { film: filmPage({ stats: null }), relatedFilms: [] }));
    expect(body.rating).toEqual({
      count: 0,
      average: null,
      percentage: null,
      histogram: Array(11).fill(0),
      reviewCount: 0,
    });
  });

  it("give a review its text as written, its spoiler flag and ISO timestamps", () => {
    const body = reviewSchema.parse(toReview(ORIGIN, reviewCard({ body: "<b>not HTML</b>" }), escape));
    expect(body).toMatchObject({
      body: "<b>not HTML</b>",
      hasSpoilers: true,
      createdAt: "2024-07-05T18:20:00.000Z",
      film: { slug: "escape-2024" },
    });
  });

  it("accept timestamps that come back from the cache as strings", () => {
    const review = reviewCard({ createdAt: "2024-07-05T18:20:00Z" as unknown as Date });
    expect(reviewSchema.parse(toReview(ORIGIN, review, escape)).createdAt).toBe("2024-07-05T18:20:00.000Z");
  });

  it("give a review's permalink its earlier versions", () => {
    const { author, ...review } = reviewCard({ editedAt: new Date("2024-07-06T09:00:00Z") });
    const revisions = [
      { id: 1, rating: 8, body: null, hasSpoilers: false, writtenAt: new Date("2024-07-05T18:20:00Z") },
    ];
    const body = reviewWithRevisionsSchema.parse(
      toReviewWithRevisions(ORIGIN, {
        ...review,
        author: { id: 3, ...author, avatar: null, avatarPlaceholder: null },
        film: { id: 1, ...escape },
        revisions,
      }),
    );
    expect(body).toMatchObject({
      editedAt: "2024-07-06T09:00:00.000Z",
      revisions: [{ rating: 8, writtenAt: "2024-07-05T18:20:00.000Z" }],
    });
  });

  it("give a person averages per role, best-known films and the filmography", () => {
    const person: PersonPageData = {
      id: 1,
      ...leeJongPil,
      otherNames: [],
      namesakeNumber: undefined,
      birthDate: null,
      birthPlace: null,
      deathDate: null,
      deathPlace: null,
      bio: null,
      photoDetails: undefined,
      photo: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      filmography: [{ role: "director", character: null, film: { id: 1, ...escape }, ratingCount: 4, ratingSum: 26 }],
    };
    expect(personSchema.parse(toPerson(ORIGIN, person))).toMatchObject({
      averageRatings: { asDirector: { films: 1, percentage: 65 }, asActor: { films: 0, percentage: null } },
      knownFor: [{ slug: "escape-2024" }],
      filmography: [{ role: "director", film: { slug: "escape-2024", rating: { count: 4 } } }],
    });
  });

  it("give search results their matched title and what a person is known for", () => {
    const film: FilmSearchResult = { ...filmCard(), matchedTitle: "반도", directors: ["Yeon Sang-ho"] };
    const person: PersonSearchResult = {
      id: 1,
      ...leeJongPil,
      matchedOtherName: null,
      photo: null,
      knownFor: { ...escape, role: "director" },
    };
    const window = { page: 1, pageSize: 20, total: 1 };
    const body = searchResultsSchema.parse({
      query: "x",
      films: pageEnvelope([toSearchFilm(ORIGIN, film)], window, () => "https://marquee.example/api/v1/search?q=x"),
      people: pageEnvelope([toSearchPerson(ORIGIN, person)], window, () => "https://marquee.example/api/v1/search?q=x"),
    });
    expect(body.films.items[0]).toMatchObject({ matchedTitle: "반도", directors: ["Yeon Sang-ho"] });
    expect(body.people.items[0]?.knownFor).toMatchObject({ role: "director", film: { slug: "escape-2024" } });
  });

  it("drop any field the document does not describe", () => {
    expect(filmCardSchema.parse({ ...toFilmCard(ORIGIN, filmCard()), id: 2 })).not.toHaveProperty("id");
  });
});

describe("pageEnvelope", () => {
  const urlFor = (page: number) => `https://marquee.example/api/v1/discover?page=${page}`;

  it("links a middle page to both neighbours", () => {
    expect(pageEnvelope([], { page: 2, pageSize: 24, total: 70 }, urlFor).links).toEqual({
      self: urlFor(2),
      prev: urlFor(1),
      next: urlFor(3),
    });
  });

  it("has no previous link on the first page and no next link on the last", () => {
    expect(pageEnvelope([], { page: 1, pageSize: 24, total: 24 }, urlFor).links).toEqual({
      self: urlFor(1),
      prev: null,
      next: null,
    });
  });

  it("links a page past the end back to the last page", () => {
    expect(pageEnvelope([], { page: 99, pageSize: 24, total: 70 }, urlFor).links).toEqual({
      self: urlFor(99),
      prev: urlFor(3),
      next: null,
    });
  });
});
