import Link from "next/link";
import { Stars } from "@/app/_components/stars";
import type { UserRatingData } from "@/db/queries/reviews";
import { formatDate } from "@/lib/format";
import { FilmRows } from "../../_components/film-rows";

/** A member's ratings, one film a row: its poster and name, when they rated it, and the stars they gave. */
export function RatingList({ ratings }: { ratings: UserRatingData[] }) {
  return (
    <FilmRows
      label="Ratings"
      rows={ratings.map(({ id, film, rating, createdAt, hasReview }) => ({
        key: id,
        film,
        detail: (
          <>
            Rated <time dateTime={createdAt.toISOString()}>{formatDate(createdAt)}</time>
            {hasReview ? (
              <>
                {" · "}
                <Link href={`/reviews/${id}`}>Review</Link>
              </>
            ) : null}
          </>
        ),
        aside: <Stars rating={rating} />,
      }))}
    />
  );
}
