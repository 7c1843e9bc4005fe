import Link from "next/link";
import type { ReactNode } from "react";
import { Stars } from "@/app/_components/stars";
import type { ActivityItem } from "@/db/queries/activity";
import { formatDate, formatTimeAgo } from "@/lib/format";

/** What the member did to the film, in words, after their name. */
function whatTheyDid(item: ActivityItem, film: ReactNode): ReactNode {
  switch (item.kind) {
    case "reviewed":
      return (
        <>
          reviewed {film} <Stars rating={item.rating} /> ·{" "}
          <Link href={`/reviews/${item.reviewId}`}>Read the review</Link>
        </>
      );
    case "rated":
      return (
        <>
          rated {film} <Stars rating={item.rating} />
        </>
      );
    case "logged":
      return (
        <>
          {item.rewatch ? "watched again" : "watched"} {film} on {formatDate(item.watchedOn)}
          {item.rating === null ? null : (
            <>
              {" "}
              <Stars rating={item.rating} />
            </>
          )}
        </>
      );
    case "listed":
      return (
        <>
          added {film} to <Link href={`/users/${item.member.username}/lists/${item.list.slug}`}>{item.list.title}</Link>
        </>
      );
  }
}

/** The activity of the people the member follows, one line each: who, what, which film, when. */
export function ActivityList({ items, now }: { items: ActivityItem[]; now: Date }) {
  return (
    <ol aria-label="Activity" className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.key} className="py-3 break-words">
          <Link href={`/users/${item.member.username}`} className="font-medium">
            {item.member.displayName ?? item.member.username}
          </Link>{" "}
          {whatTheyDid(
            item,
            <Link href={`/films/${item.film.slug}`} className="font-medium">
              {item.film.title} ({item.film.year})
            </Link>,
          )}
          <time dateTime={item.at.toISOString()} className="block text-sm text-stone-600 dark:text-stone-400">
            {formatTimeAgo(item.at, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}
