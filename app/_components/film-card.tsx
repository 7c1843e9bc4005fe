import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { filmsInLanguage } from "@/app/_data/film-titles";
import type { FilmCardData } from "@/db/queries/films";
import { summariseRatings } from "@/lib/rating";
import { Poster } from "./poster";
import { WatchlistMark } from "./watchlist-mark";

type FilmCardProps = Pick<FilmCardData, "id" | "slug" | "title" | "year" | "ratingCount" | "ratingSum"> & {
  poster?: string | null;
  posterPlaceholder?: string | null;
  /** The title's language, when the page's language has a title of its own (FilmCards). */
  titleLanguage?: string;
  titledIn?: Locale;
};

function FilmCard({ film }: { film: FilmCardProps }) {
  const { percentage } = summariseRatings(film.ratingSum, film.ratingCount);
  return (
    <li>
      <Link href={`/films/${film.slug}`} className="group block text-stone-900 no-underline dark:text-stone-100">
        <Poster
          slug={film.slug}
          title={film.title}
          year={film.year}
          poster={film.poster}
          placeholder={film.posterPlaceholder}
          size="small"
        />
        <span className="mt-2 block font-medium group-hover:underline">
          <span lang={film.titleLanguage}>{film.title}</span>{" "}
          <span className="font-normal text-stone-600 dark:text-stone-400">({film.year})</span>
        </span>
        {percentage !== null ? <span className="text-sm text-stone-600 dark:text-stone-400">{percentage}%</span> : null}
        <WatchlistMark filmId={film.id} />
      </Link>
    </li>
  );
}

/** Film cards, titled in the page's language: one look-up for them all. */
export async function FilmCards({ films }: { films: FilmCardProps[] }) {
  const inLanguage = await filmsInLanguage(films, await getLocale());
  return inLanguage.map((film) => <FilmCard key={film.slug} film={film} />);
}

/** A titled row of film cards (recently added, related films, known for); nothing when there are no films. */
export function FilmShelf({ id, title, films }: { id: string; title: string; films: FilmCardProps[] }) {
  if (films.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-2xl font-semibold">
        {title}
      </h2>
      <ul className="grid grid-cols-2 gap-6 sm:grid-cols-4 lg:grid-cols-6">
        <FilmCards films={films} />
      </ul>
    </section>
  );
}
