"use client";

import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import type { OwnListsAnswer } from "@/app/api/me/lists/[filmId]/route";
import { AddToListForm } from "@/app/[locale]/lists/_components/add-to-list-form";

/**
 * "Add to a list" with the member's lists, fetched once the page runs; for a browser without JavaScript, a link to
 * /lists/add, whose plain form holds the member's lists.
 */
export function ListsTools({ filmId }: { filmId: number }) {
  const t = useTranslations("YourLists");
  const locale = useLocale();
  const { username, answer, refresh } = useOwnAnswer<OwnListsAnswer>(`/api/me/lists/${filmId}`);
  if (username === undefined) {
    return (
      <p className="mt-3 text-center">
        <a href={getPathname({ href: `/lists/add?film=${filmId}`, locale })}>{t("addToList")}</a>
      </p>
    );
  }
  return (
    <details className="mt-3 rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer text-center font-medium">{t("addToList")}</summary>
      <div className="mt-3">
        {answer ? (
          <AddToListForm filmId={filmId} lists={answer.lists} onSaved={refresh} />
        ) : (
          <p aria-busy="true" className="text-sm">
            {t("loading")}
          </p>
        )}
      </div>
    </details>
  );
}
