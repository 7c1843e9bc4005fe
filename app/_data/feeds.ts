// Atom feeds of reviews. Spoilers are left out of feeds: such reviews appear with a note instead of their text.
import { cacheLife, cacheTag } from "next/cache";
import { listLatestReviews } from "@/db/queries/films";
import { atomFeedXml } from "@/lib/atom";
import { cacheTags } from "@/lib/cache-tags";
import { describeRating } from "@/lib/rating";
import { siteUrl } from "@/lib/site";

export async function loadLatestReviewsFeedXml() {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.home);
  const origin = siteUrl();
  const reviews = await listLatestReviews({ limit: 50 });
  return atomFeedXml({
    id: new URL("/feed.xml", origin).toString(),
    title: "Marquee: latest reviews",
    url: origin.toString(),
    selfUrl: new URL("/feed.xml", origin).toString(),
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
