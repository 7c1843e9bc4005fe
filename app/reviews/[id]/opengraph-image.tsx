import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/app/_components/share-card";
import { loadReviewPage } from "@/app/_data/reviews";
import { describeRating } from "@/lib/rating";
import { parseId } from "@/lib/route-params";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The film reviewed, the reviewer and their rating, on Marquee";

/** The card shown when a review is shared: the film, on the film's own colours, who reviewed it and their rating. */
export default async function ReviewOpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const review = id ? await loadReviewPage(id) : undefined;
  if (!review) notFound();
  return shareCardImage({
    colourSlug: review.film.slug,
    heading: `${review.film.title} (${review.film.year})`,
    details: `Reviewed by ${review.author.displayName ?? review.author.username}`,
    footer: describeRating(review.rating),
  });
}
