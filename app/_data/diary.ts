// Cached readers of members' diaries (see films.ts for the pattern): under the member's diary tag, which every diary
// write refreshes, and their user tag, which a film's merge or deletion refreshes for everyone who logged it.
import { cacheLife, cacheTag } from "next/cache";
import { findDiaryMonths, getYearInReview, listDiaryMonth } from "@/db/queries/diary";
import type { DiaryMonth } from "@/lib/diary-paths";
import { cacheTags } from "@/lib/cache-tags";
import { loadUserPage } from "./reviews";

function tagDiary(userId: number) {
  cacheTag(cacheTags.diary(userId), cacheTags.user(userId));
}

/**
 * A month of a member's diary, by default the latest with viewings, and the months and years around it. `entries` is
 * empty for a diary with none; undefined for a month given that has none.
 */
export async function loadDiaryMonth(userId: number, month?: DiaryMonth) {
  "use cache";
  cacheLife("hours");
  tagDiary(userId);
  const months = await findDiaryMonths(userId, month);
  const shown = month ?? months.latest;
  if (!shown) return { month: undefined, entries: [], ...months };
  const entries = await listDiaryMonth(userId, shown);
  if (entries.length === 0) return undefined;
  // Each film's title and year: an admin's edit of one refreshes the page.
  cacheTag(...entries.map((entry) => cacheTags.filmDetails(entry.film.id)));
  return { month: shown, entries, ...months };
}

/** A member's year in review; undefined for a year with nothing logged. */
export async function loadYearInReview(userId: number, year: number) {
  "use cache";
  cacheLife("hours");
  tagDiary(userId);
  const review = await getYearInReview(userId, year);
  // The films it names by title: an admin's edit of one refreshes the page. (The tallies' genre, country and
  // director names change rarely, and the page's hours bound how long a rename shows late there.)
  if (review.topRated.length > 0) cacheTag(...review.topRated.map((film) => cacheTags.filmDetails(film.id)));
  return review.viewings > 0 ? review : undefined;
}

/** The member a diary page is of, and the name it calls them by; undefined for no such member. */
export async function loadDiaryOwner(username: string) {
  const profile = await loadUserPage(username);
  if (!profile) return undefined;
  const { user } = profile;
  return { user, name: user.displayName ?? user.username };
}
