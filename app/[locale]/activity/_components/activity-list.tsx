import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { Stars } from "@/app/_components/stars";
import type { ActivityItem } from "@/db/queries/activity";
import { formattersFor, type Formatters } from "@/lib/format";
import type { NamedFilm } from "@/app/_components/film-name";

type Translate = ReturnType<typeof useTranslations<"ActivityList">>;

/** An item as the page gives it: its film titled in the page's language (app/_data/film-titles.ts). */
type TitledActivityItem = ActivityItem & { film: NamedFilm };

/** Stars after a line's words, where the member gave some. */
function withStars(sentence: ReactNode, rating: number | null) {
  return rating === null ? (
    sentence
  ) : (
    <>
      {sentence} <Stars rating={rating} />
    </>
  );
}

/** Who did what to which film, in a sentence: the member's name and the film's are links. */
function whatTheyDid(item: TitledActivityItem, t: Translate, format: Formatters): ReactNode {
  const names = {
    name: item.member.displayName ?? item.member.username,
    film: `${item.film.title} (${item.film.year})`,
    member: (chunks: ReactNode) => (
      <Link href={`/users/${item.member.username}`} className="font-medium">
        {chunks}
      </Link>
    ),
    filmLink: (chunks: ReactNode) => (
      <Link href={`/films/${item.film.slug}`} lang={item.film.titleLanguage} className="font-medium">
        {chunks}
      </Link>
    ),
  };
  switch (item.kind) {
    case "reviewed":
      return (
        <>
          {withStars(t.rich("reviewed", names), item.rating)} ·{" "}
          <Link href={`/reviews/${item.reviewId}`}>{t("readReview")}</Link>
        </>
      );
    case "rated":
      return withStars(t.rich("rated", names), item.rating);
    case "logged":
      return withStars(
        t.rich(item.rewatch ? "rewatched" : "watched", { ...names, date: format.date(item.watchedOn) }),
        item.rating,
      );
    case "listed":
      return t.rich("listed", {
        ...names,
        list: item.list.title,
        listLink: (chunks) => <Link href={`/users/${item.member.username}/lists/${item.list.slug}`}>{chunks}</Link>,
      });
  }
}

/** The activity of the people the member follows, one line each: who, what, which film, when. */
export function ActivityList({ items, now }: { items: TitledActivityItem[]; now: Date }) {
  const t = useTranslations("ActivityList");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <ol aria-label={t("label")} className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.key} className="py-3 break-words">
          {whatTheyDid(item, t, format)}
          <time dateTime={item.at.toISOString()} className="block text-sm text-stone-600 dark:text-stone-400">
            {format.timeAgo(item.at, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}
