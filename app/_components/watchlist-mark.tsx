"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import type { OwnWatchlistFilmsAnswer } from "@/app/api/me/watchlist/route";
import { forgetMember, useMember } from "./use-member";

/**
 * The member's watchlist as one set for every card of the page: fetched once per page the member opens (so an
 * addition on a film's page shows on the next), and shared, so that thirty cards make one request.
 */
let watchlist: { username: string; filmIds: ReadonlySet<number> } | undefined;
let fetchingFor: string | undefined;
const listeners = new Set<() => void>();

function fetchWatchlist(username: string, page: string) {
  const key = `${username} ${page}`;
  if (fetchingFor === key) return;
  fetchingFor = key;
  fetch("/api/me/watchlist", { cache: "no-store" })
    .then(async (response) => {
      if (response.status === 401) forgetMember();
      if (!response.ok) return;
      const { filmIds } = (await response.json()) as OwnWatchlistFilmsAnswer;
      watchlist = { username, filmIds: new Set(filmIds) };
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Offline: the cards stay unmarked.
    });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** "On your watchlist" on a film's card, for the signed-in member only; nothing in the HTML everyone gets. */
export function WatchlistMark({ filmId }: { filmId: number }) {
  const t = useTranslations("WatchlistMark");
  const username = useMember();
  const page = usePathname();
  useEffect(() => {
    if (username) fetchWatchlist(username, page);
  }, [username, page]);
  const known = useSyncExternalStore(
    subscribe,
    () => watchlist,
    () => undefined,
  );
  if (!username || known?.username !== username || !known.filmIds.has(filmId)) return null;
  return (
    <span className="mt-1 block w-fit rounded bg-accent-700 px-1.5 text-xs font-semibold text-white">{t("label")}</span>
  );
}
