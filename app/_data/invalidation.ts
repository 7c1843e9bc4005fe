// What each write makes stale, in one place: a mutation returns plain facts (ids, slugs), an action hands them here
// as a Write, and this module — the only caller of Next's updateTag — turns them into the cache tags of every page
// that shows them (docs/freshness.md). Pages tag what they show (the readers beside this file); charts and lists
// ordered by rating follow ratings on their own rhythm (RATINGS_CACHE_LIFE), so a review does not flush them.
import { refresh, updateTag } from "next/cache";
import { waitForReplicas } from "@/db/replicas";
import { cacheTags } from "@/lib/cache-tags";

interface ReviewFacts {
  filmId: number;
  userId: number;
  reviewId: number;
}

interface FilmFacts {
  filmId: number;
  /** Every slug the film answered to before and after the write (a rename names both). */
  slugs: string[];
  /** People credited on the film, whose filmographies show it. */
  personIds: number[];
}

export type Write =
  /** A review or a rating without text, new or edited, by its author. */
  | ({ kind: "review-saved" } & ReviewFacts)
  | ({ kind: "review-deleted" } & ReviewFacts)
  /** Hidden, shown again or deleted by a moderator. */
  | ({ kind: "review-moderated" } & ReviewFacts)
  | { kind: "film-created"; filmId: number; slug: string }
  /** Details, titles, plots, credits, genres or countries; or an earlier version put back from the audit log. */
  | ({ kind: "film-changed" } & FilmFacts)
  /**
   * Deleted, or merged into another film: its reviews and watchlist entries gone or moved, so the pages of the members
   * who had them change too.
   */
  | ({ kind: "film-deleted"; memberIds: number[] } & FilmFacts)
  /** A deletion or merge reverted from the audit log: the film is back at its slugs, with its reviews. */
  | ({ kind: "film-restored"; memberIds: number[] } & FilmFacts)
  /** Created, edited, merged into another, deleted or put back: every person, slug and film the change touches. */
  | { kind: "people-changed"; personIds: number[]; slugs: string[]; filmIds: number[] }
  /** Blocked, unblocked, or given or taken the admin role. */
  | { kind: "member-access-changed"; userId: number }
  | {
      kind: "account-deleted";
      userId: number;
      username: string;
      reviewedFilmIds: number[];
      /** The members it followed or was followed by, whose follow counts and lists it leaves. */
      followMemberIds: number[];
      listedFilmIds: number[];
      likedFilmIds: number[];
    }
  | { kind: "ratings-imported"; userId: number; filmIds: number[] }
  /** A film added to or removed from a member's watchlist. */
  | { kind: "watchlist-changed"; userId: number }
  /**
   * A member's display name, bio or avatar changed: their profile, their reviews' pages (under their user tag), and
   * wherever else they are shown beside a review they wrote.
   */
  | { kind: "profile-changed"; userId: number; reviewedFilmIds: number[] }
  /** A member liked a review or took the like back. */
  | ({ kind: "review-liked"; likerId: number } & ReviewFacts)
  /** A member's list made, edited, filled or deleted: `filmIds` are the films whose public lists it changed. */
  | { kind: "film-list-changed"; userId: number; filmIds: number[] }
  /** A viewing logged in a member's diary, or deleted from it. */
  | { kind: "diary-changed"; userId: number }
  /** A member followed another, or stopped. */
  | { kind: "follow-changed"; followerId: number; followeeId: number };

/** The cache tags a write makes stale. */
export function tagsChangedBy(write: Write): string[] {
  switch (write.kind) {
    case "review-saved":
    case "review-deleted":
    case "review-moderated":
      // Its film (rating, distribution, reviews), its permalink, its author's profile, the latest reviews.
      return [
        cacheTags.film(write.filmId),
        cacheTags.review(write.reviewId),
        cacheTags.user(write.userId),
        cacheTags.home,
      ];
    case "profile-changed":
      return [cacheTags.user(write.userId), ...write.reviewedFilmIds.map(cacheTags.film), cacheTags.home];
    case "review-liked":
      // Its like count wherever the review shows, and the liker's liked reviews page.
      return [
        cacheTags.film(write.filmId),
        cacheTags.review(write.reviewId),
        cacheTags.user(write.userId),
        cacheTags.user(write.likerId),
        cacheTags.home,
      ];
    case "film-created":
      // A page that was a 404 at the slug, and the lists of recently added films.
      return [cacheTags.film(write.filmId), cacheTags.filmSlug(write.slug), cacheTags.home, cacheTags.charts];
    case "film-changed":
      return filmPages(write);
    case "film-deleted":
    case "film-restored":
      return [...filmPages(write), ...write.memberIds.map(cacheTags.user)];
    case "people-changed":
      return [
        ...write.personIds.map(cacheTags.person),
        ...write.slugs.map(cacheTags.personSlug),
        ...write.filmIds.map(cacheTags.film),
      ];
    case "member-access-changed":
    // The member's watchlist pages and their profile's count; the film's page is the same for everyone.
    case "watchlist-changed":
      return [cacheTags.user(write.userId)];
    case "film-list-changed":
      // The member's lists pages (under their user tag, like the watchlist), and "In N lists" of each film.
      return [cacheTags.user(write.userId), ...write.filmIds.map(cacheTags.filmLists)];
    case "account-deleted":
      return [
        cacheTags.user(write.userId),
        cacheTags.username(write.username.toLowerCase()),
        ...write.reviewedFilmIds.map(cacheTags.film),
        ...write.followMemberIds.map(cacheTags.follows),
        ...write.listedFilmIds.map(cacheTags.filmLists),
        ...write.likedFilmIds.map(cacheTags.film),
        cacheTags.home,
        cacheTags.charts,
      ];
    case "diary-changed":
      return [cacheTags.diary(write.userId)];
    case "ratings-imported":
      return [cacheTags.user(write.userId), ...write.filmIds.map(cacheTags.film), cacheTags.home, cacheTags.charts];
    case "follow-changed":
      // The follower's "following" and the followee's "followers": counts on their profiles, and those pages.
      return [cacheTags.follows(write.followerId), cacheTags.follows(write.followeeId)];
  }
}

/** Everything that shows a film's title, year, genres or countries: curation refreshes the charts at once too. */
function filmPages({ filmId, slugs, personIds }: FilmFacts) {
  return [
    cacheTags.film(filmId),
    cacheTags.filmDetails(filmId),
    cacheTags.filmTitles,
    cacheTags.relatedFilms(filmId),
    // "In N lists": a merge or deletion moves or takes away the film's places on lists.
    cacheTags.filmLists(filmId),
    ...slugs.map(cacheTags.filmSlug),
    ...personIds.map(cacheTags.person),
    cacheTags.home,
    cacheTags.charts,
  ];
}

/**
 * After writes in a server action: the pages they change are stale from now on, for every later request on every app
 * server (cache-handlers/ shares the invalidation) and for this action's own answer; and the browser's router forgets
 * the pages it prefetched, which would otherwise show the old data on the next navigation. With read replicas, this
 * first waits until they hold the writes, so that the pages rendered next cannot show what they replaced.
 */
export async function invalidateAfter(...writes: Write[]) {
  await waitForReplicas();
  for (const tag of new Set(writes.flatMap(tagsChangedBy))) updateTag(tag);
  refresh();
}
