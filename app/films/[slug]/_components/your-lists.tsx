"use client";

import Link from "next/link";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import type { OwnListsAnswer } from "@/app/api/me/lists/[filmId]/route";
import { AddToListForm } from "@/app/lists/_components/add-to-list-form";

/**
 * "Add to a list", under the watchlist button. As with the watchlist, the page is the same cached HTML for everyone:
 * the member's lists are fetched once the page runs, a visitor sees a sign-in link, and a browser without JavaScript
 * a link to /lists/add, whose plain form holds the member's lists.
 */
export function YourLists({ film }: { film: { id: number; slug: string } }) {
  const { username, answer, refresh } = useOwnAnswer<OwnListsAnswer>(`/api/me/lists/${film.id}`);
  const addPage = `/lists/add?film=${film.id}`;
  if (username === undefined) {
    return (
      <noscript>
        <p className="mt-3 text-center">
          <a href={addPage}>Add to a list</a>
        </p>
      </noscript>
    );
  }
  if (username === null) {
    return (
      <p className="mt-3 text-center">
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/films/${film.slug}`)}`}>Sign in to add to a list</Link>
      </p>
    );
  }
  return (
    <details className="mt-3 rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer text-center font-medium">Add to a list</summary>
      <div className="mt-3">
        {answer ? (
          <AddToListForm filmId={film.id} lists={answer.lists} onSaved={refresh} />
        ) : (
          <p aria-busy="true" className="text-sm">
            Fetching your lists…
          </p>
        )}
      </div>
    </details>
  );
}
