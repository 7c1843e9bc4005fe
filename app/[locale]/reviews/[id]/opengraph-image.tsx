import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/app/_components/share-card";
import { loadReviewPage } from "@/app/_data/reviews";
import { localeOrDefault } from "@/i18n/locales";
import { parseId } from "@/lib/route-params";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The film reviewed, the reviewer and their rating, on Marquee";

/** The card shown when a review is shared: the film, on the film's own colours, who reviewed it and their rating. */
export default async function ReviewOpenGraphImage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: localeSegment, id: idSegment } = await params;
  const id = parseId(idSegment);
  const review = id ? await loadReviewPage(id) : undefined;
  if (!review) notFound();
  const locale = localeOrDefault(localeSegment);
  const [t, stars] = await Promise.all([
    getTranslations({ locale, namespace: "ReviewShareCard" }),
    getTranslations({ locale, namespace: "Stars" }),
  ]);
  return shareCardImage({
    colourSlug: review.film.slug,
    heading: `${review.film.title} (${review.film.year})`,
    details: t("reviewedBy", { author: review.author.displayName ?? review.author.username }),
    footer: stars("label", { stars: review.rating / 2 }),
  });
}
