import { describe, expect, it } from "vitest";
import {
  breadcrumbJsonLd,
  isoDuration,
  movieJsonLd,
  personJsonLd,
  serializeJsonLd,
  webPageJsonLd,
  type MovieInput,
  type ReviewInput,
} from "./structured-data";

const origin = new URL("https://marquee.example");

function escape(overrides: Partial<MovieInput> = {}): MovieInput {
  return {
    slug: "escape-2024",
    title: "Escape",
    originalTitle: "탈주",
    year: 2024,
    releaseDate: "2024-07-03",
    runtimeMinutes: 94,
    poster: null,
    titles: [{ title: "탈주" }, { title: "Run Away" }],
    plots: [{ body: "A soldier runs for the border." }],
    genres: [{ name: "Thriller" }, { name: "Action" }],
    countries: [{ name: "South Korea" }],
    directors: [{ slug: "lee-jong-pil", name: "Lee Jong-pil" }],
    cast: [{ slug: "lee-je-hoon", name: "Lee Je-hoon" }],
    stats: { ratingCount: 2, ratingSum: 13 },
    ...overrides,
  };
}

function review(overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    id: 7,
    rating: 7,
    body: "Brisk and tense.",
    hasSpoilers: false,
    createdAt: new Date("2025-03-01T10:00:00Z"),
    author: { username: "anna", displayName: "Anna" },
    ...overrides,
  };
}

describe("movieJsonLd", () => {
  it("describes the film with every title, people, genres, countries, duration and its rating out of 10", () => {
    const movie = movieJsonLd(escape(), [review()], origin);
    expect(movie).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Movie",
      name: "Escape",
      url: "https://marquee.example/films/escape-2024",
      alternateName: ["탈주", "Run Away"],
      dateCreated: "2024-07-03",
      duration: "PT1H34M",
      genre: ["Thriller", "Action"],
      countryOfOrigin: [{ "@type": "Country", name: "South Korea" }],
      director: [{ "@type": "Person", name: "Lee Jong-pil", url: "https://marquee.example/people/lee-jong-pil" }],
      aggregateRating: { "@type": "AggregateRating", ratingValue: 6.5, ratingCount: 2, bestRating: 10, worstRating: 0 },
    });
  });

  it("gives each review an author, a date and a rating with its scale, as Google's review snippets require", () => {
    const [first] = movieJsonLd(escape(), [review()], origin).review as Record<string, unknown>[];
    expect(first).toEqual({
      "@type": "Review",
      url: "https://marquee.example/reviews/7",
      author: { "@type": "Person", name: "Anna" },
      datePublished: "2025-03-01",
      reviewRating: { "@type": "Rating", ratingValue: 7, bestRating: 10, worstRating: 0 },
      reviewBody: "Brisk and tense.",
    });
  });

  it("leaves spoilers out of review excerpts", () => {
    const [first] = movieJsonLd(escape(), [review({ hasSpoilers: true })], origin).review as Record<string, unknown>[];
    expect(first).not.toHaveProperty("reviewBody");
  });

  it("has no aggregate rating before anyone rated the film", () => {
    expect(movieJsonLd(escape({ stats: null }), [], origin)).not.toHaveProperty("aggregateRating");
  });

  it("shows the poster as the film's image, as Google's Movie rich result requires", () => {
    const poster = `/posters/${"a".repeat(64)}.webp`;
    expect(movieJsonLd(escape({ poster }), [], origin).image).toBe(`https://marquee.example${poster}`);
  });

  it("shows the film's share card as its image when it has no poster", () => {
    expect(movieJsonLd(escape(), [], origin).image).toBe("https://marquee.example/films/escape-2024/opengraph-image");
  });
});

describe("personJsonLd", () => {
  const leeJongPil = {
    slug: "lee-jong-pil",
    name: "Lee Jong-pil",
    originalName: "이종필",
    birthDate: "1980-01-01",
    birthPlace: "Seoul",
    deathDate: null,
    deathPlace: null,
    bio: null,
    otherNames: [],
  };

  it("names the person in both scripts with birth details", () => {
    expect(personJsonLd(leeJongPil, origin)).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": "https://marquee.example/people/lee-jong-pil#person",
      name: "Lee Jong-pil",
      url: "https://marquee.example/people/lee-jong-pil",
      alternateName: ["이종필"],
      birthDate: "1980-01-01",
      birthPlace: { "@type": "Place", name: "Seoul" },
    });
  });

  it("gives every other name the person goes by once, after the original name", () => {
    const otherNames = [
      { name: "Yi Jong-pil" },
      { name: "이종필" },
      { name: "Lee Jong-pil" },
      { name: "Jong-pil Lee" },
    ];
    expect(personJsonLd({ ...leeJongPil, otherNames }, origin).alternateName).toEqual([
      "이종필",
      "Yi Jong-pil",
      "Jong-pil Lee",
    ]);
  });

  it("has no alternateName for a person with one name", () => {
    expect(personJsonLd({ ...leeJongPil, originalName: null }, origin)).not.toHaveProperty("alternateName");
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the crumbs from 1 with absolute URLs", () => {
    expect(
      breadcrumbJsonLd(
        [
          { name: "Home", path: "/" },
          { name: "Escape", path: "/films/escape-2024" },
        ],
        origin,
      ),
    ).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://marquee.example/" },
        { "@type": "ListItem", position: 2, name: "Escape", item: "https://marquee.example/films/escape-2024" },
      ],
    });
  });
});

describe("webPageJsonLd", () => {
  it("says which language the page is in, at its own address, and points at the film it is about", () => {
    const movie = movieJsonLd(escape({ title: "탈주" }), [], origin);
    expect(webPageJsonLd(movie, { name: "탈주 (2024)", path: "/films/escape-2024", locale: "ko" }, origin)).toEqual({
      "@context": "https://schema.org",
      "@type": "WebPage",
      "@id": "https://marquee.example/ko/films/escape-2024",
      url: "https://marquee.example/ko/films/escape-2024",
      name: "탈주 (2024)",
      inLanguage: "ko",
      isPartOf: { "@type": "WebSite", name: "Marquee", url: "https://marquee.example/" },
      mainEntity: { "@id": "https://marquee.example/films/escape-2024#film" },
    });
    expect(movie["@id"]).toBe("https://marquee.example/films/escape-2024#film");
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed early by text inside it", () => {
    const serialised = serializeJsonLd({ reviewBody: "</script><script>alert(1)</script>" });
    expect(serialised).not.toContain("</script>");
    expect(JSON.parse(serialised)).toEqual({ reviewBody: "</script><script>alert(1)</script>" });
  });
});

describe("isoDuration", () => {
  it("writes hours and minutes", () => {
    expect(isoDuration(94)).toBe("PT1H34M");
    expect(isoDuration(120)).toBe("PT2H");
    expect(isoDuration(45)).toBe("PT45M");
  });
});
