import { describe, expect, it } from "vitest";
import type { FilmListItemData } from "@/db/queries/film-lists";
import type { UserPageData } from "@/db/queries/reviews";
import type { WatchlistEntryData } from "@/db/queries/watchlist";
import {
  toFilmList,
  toFilmListSummary,
  toMember,
  toWatchlistEntry,
  watchlistApiUrl,
  type MemberProfile,
} from "./member-resources";
import { filmListSchema, memberListsSchema, memberSchema, watchlistSchema } from "./member-schemas";
import { pageEnvelope } from "./pagination";

const ORIGIN = new URL("https://marquee.example");
const kenjiRef = {
  username: "kenji",
  displayName: "Kenji",
  links: { self: "https://marquee.example/api/v1/users/kenji", html: "https://marquee.example/users/kenji" },
};

function user(overrides: Partial<UserPageData> = {}): UserPageData {
  return {
    id: 4,
    username: "kenji",
    displayName: "Kenji",
    bio: "Samurai films, anime and anything with rain in it.",
    avatar: "/avatars/3f9a.webp",
    avatarPlaceholder: null,
    watchlistIsPublic: true,
    createdAt: new Date("2026-11-01T09:00:00Z"),
    histogram: [1, 0, 0, 0, 0, 0, 2, 0, 3, 0, 1],
    ...overrides,
  };
}

function profile(overrides: Partial<UserPageData> = {}): MemberProfile {
  return {
    user: user(overrides),
    writtenReviewCount: 4,
    watchlistCount: 3,
    followCounts: { followerCount: 2, followingCount: 5 },
  };
}

const ikiru = { id: 5, slug: "ikiru-1952", title: "Ikiru", year: 1952, poster: null, posterPlaceholder: null };

function listItem(overrides: Partial<FilmListItemData> = {}): FilmListItemData {
  return { position: 1, note: null, addedAt: new Date("2026-11-20T09:00:00Z"), film: ikiru, ...overrides };
}

const list = {
  slug: "rainy-days",
  title: "Rainy days",
  description: null,
  ranked: true,
  updatedAt: new Date("2026-11-21T10:00:00Z"),
};

describe("a member's profile in the API", () => {
  it("has the profile page's counts, an absolute avatar address and links to the member's other endpoints", () => {
    const body = memberSchema.parse(toMember(ORIGIN, profile()));
    expect(body).toEqual({
      ...kenjiRef,
      bio: "Samurai films, anime and anything with rain in it.",
      avatarUrl: "https://marquee.example/avatars/3f9a.webp",
      memberSince: "2026-11-01T09:00:00.000Z",
      counts: { ratings: 7, reviews: 4, followers: 2, following: 5, watchlist: 3 },
      ratingHistogram: [1, 0, 0, 0, 0, 0, 2, 0, 3, 0, 1],
      links: {
        ...kenjiRef.links,
        watchlist: "https://marquee.example/api/v1/users/kenji/watchlist",
        lists: "https://marquee.example/api/v1/users/kenji/lists",
      },
    });
  });

  it("neither counts nor links a private watchlist, and has no avatar address without an avatar", () => {
    const body = memberSchema.parse(toMember(ORIGIN, profile({ watchlistIsPublic: false, avatar: null })));
    expect(body.counts.watchlist).toBeNull();
    expect(body.links.watchlist).toBeNull();
    expect(body.avatarUrl).toBeNull();
  });

  it("never carries more than the schema documents", () => {
    const withEmail = { ...profile(), user: { ...user(), email: "kenji@example.com" } };
    expect(JSON.stringify(memberSchema.parse(toMember(ORIGIN, withEmail)))).not.toContain("kenji@example.com");
  });
});

describe("a member's watchlist in the API", () => {
  it("gives each entry a film card with its rating and the date it was added", () => {
    const entry: WatchlistEntryData = {
      addedAt: new Date("2026-11-24T19:02:00Z"),
      film: { ...ikiru, poster: "/posters/ikiru.webp", ratingCount: 2, ratingSum: 17 },
      meanRating: 8.5,
    };
    const body = watchlistSchema.parse({
      ...pageEnvelope([toWatchlistEntry(ORIGIN, entry)], { page: 1, pageSize: 20, total: 1 }, (page) =>
        watchlistApiUrl(ORIGIN, "kenji", "date", page),
      ),
      member: kenjiRef,
      sort: "date",
    });
    expect(body.items).toEqual([
      {
        addedAt: "2026-11-24T19:02:00.000Z",
        film: {
          slug: "ikiru-1952",
          title: "Ikiru",
          year: 1952,
          posterUrl: "https://marquee.example/posters/ikiru.webp",
          rating: { count: 2, average: 8.5, percentage: 85 },
          links: {
            self: "https://marquee.example/api/v1/films/ikiru-1952",
            html: "https://marquee.example/films/ikiru-1952",
          },
        },
      },
    ]);
    expect(body.links.self).toBe("https://marquee.example/api/v1/users/kenji/watchlist");
  });

  it("gives each view one address: the defaults left out, any other order and page as parameters", () => {
    expect(watchlistApiUrl(ORIGIN, "kenji", "date", 1)).toBe("https://marquee.example/api/v1/users/kenji/watchlist");
    expect(watchlistApiUrl(ORIGIN, "kenji", "date", 2)).toBe(
      "https://marquee.example/api/v1/users/kenji/watchlist?page=2",
    );
    expect(watchlistApiUrl(ORIGIN, "kenji", "rating", 3)).toBe(
      "https://marquee.example/api/v1/users/kenji/watchlist?sort=rating&page=3",
    );
  });
});

describe("a member's lists in the API", () => {
  it("sums up each list with its film count and its addresses", () => {
    const body = memberListsSchema.parse({
      member: kenjiRef,
      items: [toFilmListSummary(ORIGIN, "kenji", { ...list, itemCount: 2 })],
    });
    expect(body.items[0]).toEqual({
      slug: "rainy-days",
      title: "Rainy days",
      description: null,
      isRanked: true,
      filmCount: 2,
      updatedAt: "2026-11-21T10:00:00.000Z",
      links: {
        self: "https://marquee.example/api/v1/users/kenji/lists/rainy-days",
        html: "https://marquee.example/users/kenji/lists/rainy-days",
      },
    });
  });

  it("numbers a ranked list's films from 1 in its order, with their notes", () => {
    const items = [
      listItem({ note: "Rain, finally." }),
      listItem({ position: 4, film: { ...ikiru, id: 6, slug: "rashomon-1950", title: "Rashomon", year: 1950 } }),
    ];
    const body = filmListSchema.parse(toFilmList(ORIGIN, user(), { ...list, items }));
    expect(body.member).toEqual(kenjiRef);
    expect(body.filmCount).toBe(2);
    expect(body.items.map(({ position, film, note }) => [position, film.slug, note])).toEqual([
      [1, "ikiru-1952", "Rain, finally."],
      [2, "rashomon-1950", null],
    ]);
  });

  it("gives an unranked list's films no position", () => {
    const body = filmListSchema.parse(toFilmList(ORIGIN, user(), { ...list, ranked: false, items: [listItem()] }));
    expect(body.isRanked).toBe(false);
    expect(body.items[0]?.position).toBeNull();
  });
});
