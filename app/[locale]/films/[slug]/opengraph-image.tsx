import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { shareCardImage } from "@/app/_components/share-card";
import { loadFilmPageIn } from "@/app/_data/films";
import { localeOrDefault } from "@/i18n/locales";
import { SHARE_CARD_SIZE } from "@/lib/page-metadata";
import { summariseRatings } from "@/lib/rating";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** The card shown when a film is shared: title, year, director and rating on the film's own colours. */
export default async function FilmOpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: localeSegment, slug } = await params;
  const locale = localeOrDefault(localeSegment);
  const page = await loadFilmPageIn(slug, locale);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: "FilmShareCard" });
  const { film } = page;
  const directors = film.directors.map((person) => person.name).join(", ");
  const rating = summariseRatings(film.stats?.ratingSum ?? 0, film.stats?.ratingCount ?? 0);
  return shareCardImage({
    colourSlug: film.slug,
    heading: film.title,
    details: directors ? t("yearAndDirectors", { year: film.year, directors }) : String(film.year),
    footer:
      rating.percentage === null ? t("notRated") : t("rating", { percentage: rating.percentage, count: rating.count }),
  });
}
