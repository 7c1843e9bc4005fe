"use client";

import Link from "next/link";
import { OwnToggle } from "@/app/_components/own-toggle";
import type { OwnWatchlistAnswer } from "@/app/api/me/watchlist/[filmId]/route";
import { addToWatchlistAction, removeFromWatchlistAction } from "../watchlist-actions";

/** Adds the film to the member's watchlist or takes it off, beside its rating. */
export function YourWatchlist({ film }: { film: { id: number; slug: string } }) {
  return (
    <OwnToggle<OwnWatchlistAnswer>
      answerUrl={`/api/me/watchlist/${film.id}`}
      isOn={(answer) => answer.isOnWatchlist}
      fields={{ filmId: film.id }}
      turnOn={{ action: addToWatchlistAction, label: "Add to watchlist", pendingLabel: "Adding…" }}
      turnOff={{ action: removeFromWatchlistAction, label: "Remove from watchlist", pendingLabel: "Removing…" }}
      onNote={<Link href="/watchlist">On your watchlist</Link>}
      signIn={{ label: "Sign in to add to your watchlist", returnTo: `/films/${film.slug}` }}
      checkingLabel="Checking your watchlist…"
    />
  );
}
