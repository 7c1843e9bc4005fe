"use client";

import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import type { OwnListsAnswer } from "@/app/api/me/lists/[filmId]/route";
import { AddToListForm } from "@/app/[locale]/lists/_components/add-to-list-form";

/**
 * "Add to a list", under the watchlist button. As with the watchlist, the page is the same cached HTML for everyone:
 * the member's lists are fetched once the page runs, a visitor sees a sign-in link, and a browser without JavaScript
 * a link to /lists/add, whose plain form holds the member's lists.
 */
export function YourLists({ film }: { film: { id: number; slug: string } }) {
  const t = useTranslations("YourLists");
  const locale = useLocale();
  const { username, answer, refresh } = useOwnAnswer<OwnListsAnswer>(`/api/me/lists/${film.id}`);
  if (username === undefined) {
    return (
      <noscript>
        <p className="mt-3 text-center">
          <a href={getPathname({ href: `/lists/add?film=${film.id}`, locale })}>{t("addToList")}</a>
        </p>
      </noscript>
    );
  }
  if (username === null) {
    return (
      <p className="mt-3 text-center">
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/films/${film.slug}`)}`}>{t("signIn")}</Link>
      </p>
    );
  }
  return (
    <details className="mt-3 rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer text-center font-medium">{t("addToList")}</summary>
      <div className="mt-3">
        {answer ? (
          <AddToListForm filmId={film.id} lists={answer.lists} onSaved={refresh} />
        ) : (
          <p aria-busy="true" className="text-sm">
            {t("loading")}
          </p>
        )}
      </div>
    </details>
  );
}
