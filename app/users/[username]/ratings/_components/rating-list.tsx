import Link from "next/link";
import { Poster } from "@/app/_components/poster";
import { Stars } from "@/app/_components/stars";
import type { UserRatingData } from "@/db/queries/reviews";
import { formatDate } from "@/lib/format";

const DETAIL = "block text-sm text-stone-600 dark:text-stone-400";

/** A member's ratings, one film a row: its poster and name, when they rated it, and the stars they gave. */
export function RatingList({ ratings }: { ratings: UserRatingData[] }) {
  return (
    <ol aria-label="Ratings" className="divide-y divide-stone-200 dark:divide-stone-800">
      {ratings.map(({ id, film, rating, createdAt, hasReview }) => (
        <li key={id} className="flex items-center gap-3 py-2">
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
              {film.title} ({film.year})
            </Link>
            <span className={DETAIL}>
              Rated <time dateTime={createdAt.toISOString()}>{formatDate(createdAt)}</time>
              {hasReview ? (
                <>
                  {" · "}
                  <Link href={`/reviews/${id}`}>Review</Link>
                </>
              ) : null}
            </span>
          </div>
          <Stars rating={rating} />
        </li>
      ))}
    </ol>
  );
}
