// Atom feeds of reviews: the latest everywhere, and per film, person and user. Spoilers are left out of feeds:
// such reviews appear with a note instead of their text.
import { cacheLife, cacheTag } from "next/cache";
import { listLatestReviews, type ReviewScope } from "@/db/queries/films";
import { atomFeedXml } from "@/lib/atom";
import { describeRating } from "@/lib/rating";
import { siteUrl } from "@/lib/site";

const FEED_LENGTH = 50;

export interface FeedSubject {
  title: string;
  /** The page the feed belongs to, e.g. /films/escape-2024 ("/" for the site). */
  pagePath: string;
  feedPath: string;
  scope: ReviewScope;
  tags: string[];
}

export async function loadReviewsFeedXml(subject: FeedSubject) {
  "use cache";
  cacheLife("hours");
  cacheTag(...subject.tags);
  const origin = siteUrl();
  const reviews = await listLatestReviews({ limit: FEED_LENGTH, scope: subject.scope });
  const feedUrl = new URL(subject.feedPath, origin).toString();
  return atomFeedXml({
    id: feedUrl,
    title: subject.title,
    url: new URL(subject.pagePath, origin).toString(),
    selfUrl: feedUrl,
    entries: reviews.map((review) => {
      const url = new URL(`/reviews/${review.id}`, origin).toString();
      const author = review.author.displayName ?? review.author.username;
      return {
        id: url,
        url,
        author,
        title: `${author} on ${review.film.title} (${review.film.year}): ${describeRating(review.rating)}`,
        published: review.createdAt,
        updated: review.editedAt ?? review.createdAt,
        content: review.hasSpoilers ? "This review contains spoilers: read it on Marquee." : (review.body ?? ""),
      };
    }),
  });
}
