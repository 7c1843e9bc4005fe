import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { Poster } from "@/app/_components/poster";
import { FilmName, type NamedFilm } from "@/app/_components/film-name";

export interface FilmRow {
  key: number;
  film: NamedFilm & { slug: string; poster: string | null; posterPlaceholder: string | null };
  /** A line under the film's name: when the member rated or added it. */
  detail: ReactNode;
  /** What ends the row: the member's stars, the film's average. */
  aside: ReactNode;
}

/** Films of a member's list pages (their ratings, their watchlist), one a row: its poster and name, a detail, an aside. */
export function FilmRows({ label, rows }: { label: string; rows: FilmRow[] }) {
  return (
    <ol aria-label={label} className="divide-y divide-stone-200 dark:divide-stone-800">
      {rows.map(({ key, film, detail, aside }) => (
        <li key={key} className="flex items-center gap-3 py-2">
          <Poster
            slug={film.slug}
            title={film.title}
            year={film.year}
            poster={film.poster}
            placeholder={film.posterPlaceholder}
            size="thumbnail"
          />
          <div className="min-w-0 flex-1 break-words">
            <Link href={`/films/${film.slug}`} className="font-medium">
              <FilmName film={film} />
            </Link>
            <span className="block text-sm text-stone-600 dark:text-stone-400">{detail}</span>
          </div>
          {aside}
        </li>
      ))}
    </ol>
  );
}
