// A member's public pages (profile, watchlist, lists), as the cached readers return them, shaped into the API's
// bodies (lib/api/member-schemas.ts). The API mirrors the pages' paths: /users/kenji is /api/v1/users/kenji.
import type { z } from "zod";
import type { FilmListItemData, listFilmListsOfUser } from "@/db/queries/film-lists";
import type { UserPageData } from "@/db/queries/reviews";
import type { WatchlistEntryData } from "@/db/queries/watchlist";
import { WATCHLIST_SORTS, type WatchlistSort } from "@/lib/browse-sorts";
import { listPath, listsOfUserPath } from "@/lib/film-list-paths";
import type { filmListSchema, filmListSummarySchema, memberRefSchema, memberSchema } from "./member-schemas";
import { filmRef, isoTimestamp, linksFor, posterUrl, toFilmCard } from "./resources";

type ListSummaryData = Awaited<ReturnType<typeof listFilmListsOfUser>>[number];

interface MemberIdentity {
  username: string;
  displayName: string | null;
}

const profilePath = (username: string) => `/users/${username}`;
const watchlistApiPath = (username: string) => `${profilePath(username)}/watchlist`;

export function toMemberRef(origin: URL, { username, displayName }: MemberIdentity): z.input<typeof memberRefSchema> {
  return { username, displayName, links: linksFor(origin, profilePath(username)) };
}

/** What the profile page shows of a member: its reader's answer, with the follow counts it reads beside it. */
export interface MemberProfile {
  user: UserPageData;
  writtenReviewCount: number;
  watchlistCount: number;
  followCounts: { followerCount: number; followingCount: number };
}

export function toMember(
  origin: URL,
  { user, writtenReviewCount, watchlistCount, followCounts }: MemberProfile,
): z.input<typeof memberSchema> {
  const ref = toMemberRef(origin, user);
  return {
    ...ref,
    bio: user.bio,
    avatarUrl: user.avatar ? new URL(user.avatar, origin).toString() : null,
    memberSince: isoTimestamp(user.createdAt),
    counts: {
      ratings: user.histogram.reduce((sum, count) => sum + count, 0),
      reviews: writtenReviewCount,
      followers: followCounts.followerCount,
      following: followCounts.followingCount,
      // A private watchlist is not even counted in public, as on the profile page.
      watchlist: user.watchlistIsPublic ? watchlistCount : null,
    },
    ratingHistogram: user.histogram,
    links: {
      ...ref.links,
      watchlist: user.watchlistIsPublic ? linksFor(origin, watchlistApiPath(user.username)).self : null,
      lists: linksFor(origin, listsOfUserPath(user.username)).self,
    },
  };
}

/**
 * The API address of a view of a member's watchlist. Its pages keep sort and page in the path; the API takes them as
 * parameters (as it does for a film's reviews), the defaults left out so that each view has one address.
 */
export function watchlistApiUrl(origin: URL, username: string, sort: WatchlistSort, page: number) {
  const search = new URLSearchParams({
    ...(sort !== WATCHLIST_SORTS[0] ? { sort } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });
  return linksFor(origin, `${watchlistApiPath(username)}${search.size ? `?${search}` : ""}`).self;
}

export function toWatchlistEntry(origin: URL, { film, addedAt }: WatchlistEntryData) {
  return { film: toFilmCard(origin, film), addedAt: isoTimestamp(addedAt) };
}

type ListSummary = Omit<ListSummaryData, "id" | "userId" | "isPublic">;

export function toFilmListSummary(
  origin: URL,
  username: string,
  list: ListSummary,
): z.input<typeof filmListSummarySchema> {
  return {
    slug: list.slug,
    title: list.title,
    description: list.description,
    isRanked: list.ranked,
    filmCount: list.itemCount,
    updatedAt: isoTimestamp(list.updatedAt),
    links: linksFor(origin, listPath(username, list.slug)),
  };
}

/** A public list with its films, numbered from 1 when it is ranked, as its page numbers them. */
export function toFilmList(
  origin: URL,
  member: MemberIdentity,
  list: Omit<ListSummary, "itemCount"> & { items: FilmListItemData[] },
): z.input<typeof filmListSchema> {
  return {
    ...toFilmListSummary(origin, member.username, { ...list, itemCount: list.items.length }),
    member: toMemberRef(origin, member),
    items: list.items.map((item, index) => ({
      position: list.ranked ? index + 1 : null,
      film: { ...filmRef(origin, item.film), posterUrl: posterUrl(origin, item.film.poster) },
      note: item.note,
    })),
  };
}
