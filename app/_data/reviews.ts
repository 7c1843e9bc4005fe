// Cached readers for review permalinks and user pages (see films.ts for the pattern).
import { cacheLife, cacheTag } from "next/cache";
import {
  countWrittenReviewsByUser,
  getReviewById,
  getUserByUsername,
  listReviewRevisions,
  listReviewsByUser,
} from "@/db/queries/reviews";
import { cacheTags } from "@/lib/cache-tags";

export async function loadReviewPage(id: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.review(id));
  const review = await getReviewById(id);
  if (!review) return undefined;
  cacheTag(cacheTags.film(review.film.id), cacheTags.user(review.author.id));
  return { ...review, revisions: review.editedAt ? await listReviewRevisions(id) : [] };
}

export async function loadUserPage(username: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.username(username.toLowerCase()));
  const user = await getUserByUsername(username);
  if (!user) return undefined;
  cacheTag(cacheTags.user(user.id));
  const [reviews, writtenReviewCount] = await Promise.all([
    listReviewsByUser(user.id, { page: 1 }),
    countWrittenReviewsByUser(user.id),
  ]);
  return { user, reviews, writtenReviewCount };
}
