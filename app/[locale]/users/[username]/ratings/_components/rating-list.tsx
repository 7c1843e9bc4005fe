import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Stars } from "@/app/_components/stars";
import type { UserRatingData } from "@/db/queries/reviews";
import { formattersFor } from "@/lib/format";
import { FilmRows } from "../../_components/film-rows";

/** A member's ratings, one film a row: its poster and name, when they rated it, and the stars they gave. */
export function RatingList({ ratings }: { ratings: UserRatingData[] }) {
  const t = useTranslations("RatingList");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <FilmRows
      label={t("label")}
      rows={ratings.map(({ id, film, rating, createdAt, hasReview }) => ({
        key: id,
        film,
        detail: (
          <>
            {t.rich("rated", {
              date: format.date(createdAt),
              time: (chunks) => <time dateTime={createdAt.toISOString()}>{chunks}</time>,
            })}
            {hasReview ? (
              <>
                {" · "}
                <Link href={`/reviews/${id}`}>{t("review")}</Link>
              </>
            ) : null}
          </>
        ),
        aside: <Stars rating={rating} />,
      }))}
    />
  );
}
