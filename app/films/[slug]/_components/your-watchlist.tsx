"use client";

import Link from "next/link";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import { SubmitButton } from "@/app/_components/form-field";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import type { OwnWatchlistAnswer } from "@/app/api/me/watchlist/[filmId]/route";
import { addToWatchlistAction, removeFromWatchlistAction } from "../watchlist-actions";

/**
 * Adds the film to the member's watchlist or takes it off, beside its rating. The page around it is the same cached
 * HTML for everyone: as with the review box, a member's own state is fetched once the page runs, a visitor sees a
 * sign-in link, and a browser without JavaScript gets both forms (noscript), the post answered with a redirect back.
 */
export function YourWatchlist({ film }: { film: { id: number; slug: string } }) {
  const { username, answer, refresh } = useOwnAnswer<OwnWatchlistAnswer>(`/api/me/watchlist/${film.id}`);
  if (username === undefined) {
    return (
      <noscript>
        <div className="mt-3 flex flex-wrap justify-center gap-2">
          <WatchlistForm filmId={film.id} change="add" />
          <WatchlistForm filmId={film.id} change="remove" />
        </div>
      </noscript>
    );
  }
  if (username === null) {
    return (
      <p className="mt-3 text-center">
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/films/${film.slug}`)}`}>
          Sign in to add to your watchlist
        </Link>
      </p>
    );
  }
  if (!answer) {
    return (
      <p aria-busy="true" className="mt-3 text-center text-sm">
        Checking your watchlist…
      </p>
    );
  }
  return (
    <div className="mt-3 flex flex-col items-center gap-1">
      {answer.isOnWatchlist ? <p className="text-sm font-medium">On your watchlist</p> : null}
      {/* Keyed by the change, so each form starts from its own state. */}
      <WatchlistForm
        key={answer.isOnWatchlist ? "remove" : "add"}
        filmId={film.id}
        change={answer.isOnWatchlist ? "remove" : "add"}
        onSaved={refresh}
      />
    </div>
  );
}

const CHANGES = {
  add: { action: addToWatchlistAction, label: "Add to watchlist", pendingLabel: "Adding…" },
  remove: { action: removeFromWatchlistAction, label: "Remove from watchlist", pendingLabel: "Removing…" },
};

function WatchlistForm({
  filmId,
  change,
  onSaved,
}: {
  filmId: number;
  change: keyof typeof CHANGES;
  onSaved?: () => void;
}) {
  const { action, label, pendingLabel } = CHANGES[change];
  // The server action itself, not a function around it: without JavaScript the form posts to it directly.
  const [state, formAction, isPending] = useActionState(action, NOT_POSTED);
  useAfterEachAnswer(state, (isDone) => {
    if (isDone) onSaved?.();
  });
  return (
    <form action={formAction} className="flex flex-col items-center gap-1">
      <input type="hidden" name="filmId" value={filmId} />
      <SubmitButton isPending={isPending}>{isPending ? pendingLabel : label}</SubmitButton>
      {state.errors ? (
        <p role="status" className="text-sm text-red-700 dark:text-red-400">
          {messagesOf(state.errors).join(" ")}
        </p>
      ) : null}
    </form>
  );
}
