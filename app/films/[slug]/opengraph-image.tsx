import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/app/_components/share-card";
import { loadFilmPage } from "@/app/_data/films";
import { pluralise } from "@/lib/format";
import { summariseRatings } from "@/lib/rating";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The film's title, year, director and rating on Marquee";

/** The card shown when a film is shared: title, year, director and rating on the film's own colours. */
export default async function FilmOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const page = await loadFilmPage((await params).slug);
  if (!page) notFound();
  const { film } = page;
  const directors = film.directors.map((person) => person.name).join(", ");
  const rating = summariseRatings(film.stats?.ratingSum ?? 0, film.stats?.ratingCount ?? 0);
  return shareCardImage({
    colourSlug: film.slug,
    heading: film.title,
    details: directors ? `${film.year} · directed by ${directors}` : String(film.year),
    footer:
      rating.percentage === null ? "Not rated yet" : `${rating.percentage}% · ${pluralise(rating.count, "rating")}`,
  });
}
