"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Stars } from "@/app/_components/stars";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import type { FriendsRatingsAnswer } from "@/app/api/me/friends-ratings/[filmId]/route";

/**
 * The ratings of the film by the members the signed-in member follows, under its rating. The page is the same cached
 * HTML for everyone, so they are fetched once it runs; nothing shows to a visitor, or to a member none of whose
 * followed members rated the film.
 */
export function FriendsRatings({ filmId }: { filmId: number }) {
  const t = useTranslations("FriendsRatings");
  const { answer } = useOwnAnswer<FriendsRatingsAnswer>(`/api/me/friends-ratings/${filmId}`);
  if (!answer || answer.ratings.length === 0) return null;
  return (
    <section aria-labelledby="friends-ratings-heading" className="mt-4">
      <h2 id="friends-ratings-heading" className="text-center text-sm font-semibold">
        {t("heading")}
      </h2>
      <ul aria-label={t("listLabel")} className="mt-1 space-y-1 text-sm">
        {answer.ratings.map((rating) => (
          <li key={rating.reviewId} className="flex items-baseline justify-between gap-2">
            <Link
              href={rating.hasText ? `/reviews/${rating.reviewId}` : `/users/${rating.username}`}
              className="min-w-0 break-words"
            >
              {rating.displayName ?? rating.username}
            </Link>
            <Stars rating={rating.rating} />
          </li>
        ))}
      </ul>
    </section>
  );
}
