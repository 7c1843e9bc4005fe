import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ReviewCardData } from "@/db/queries/films";
import { formattersFor } from "@/lib/format";
import { Stars } from "./stars";

/** One written review; its text is rendered as text, never as HTML. */
export function ReviewCard({ review, film }: { review: ReviewCardData; film?: React.ReactNode }) {
  const t = useTranslations("ReviewCard");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {film}
        {review.author.isDeleted ? (
          <span className="font-semibold">{review.author.displayName}</span>
        ) : (
          <Link href={`/users/${review.author.username}`} className="font-semibold">
            {review.author.displayName ?? review.author.username}
          </Link>
        )}
        <Stars rating={review.rating} />
        <Link href={`/reviews/${review.id}`} className="text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={review.createdAt.toISOString()}>{format.date(review.createdAt)}</time>
        </Link>
        {review.editedAt ? <span className="text-sm text-stone-600 dark:text-stone-400">{t("edited")}</span> : null}
        {review.likeCount > 0 ? (
          <Link href={`/reviews/${review.id}`} className="text-sm text-stone-600 dark:text-stone-400">
            {t("likes", { count: review.likeCount })}
          </Link>
        ) : null}
        {review.isPreRelease ? (
          <Link href="/about/ratings#pre-release" className="text-sm text-stone-600 dark:text-stone-400">
            {t("preRelease")}
          </Link>
        ) : null}
      </header>
      {review.hasSpoilers ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">{t("spoilers")}</summary>
          <p className="mt-2 whitespace-pre-line">{review.body}</p>
        </details>
      ) : (
        <p className="mt-2 whitespace-pre-line">{review.body}</p>
      )}
    </article>
  );
}
