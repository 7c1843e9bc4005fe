import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { shareCardImage } from "@/app/_components/share-card";
import { loadReviewPageIn } from "@/app/_data/reviews";
import { localeOrDefault } from "@/i18n/locales";
import { SHARE_CARD_SIZE } from "@/lib/page-metadata";
import { parseId } from "@/lib/route-params";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** The card shown when a review is shared: the film, on the film's own colours, who reviewed it and their rating. */
export default async function ReviewOpenGraphImage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: localeSegment, id: idSegment } = await params;
  const id = parseId(idSegment);
  const locale = localeOrDefault(localeSegment);
  const review = id ? await loadReviewPageIn(id, locale) : undefined;
  if (!review) notFound();
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
