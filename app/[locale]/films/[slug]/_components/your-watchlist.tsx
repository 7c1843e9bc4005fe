"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { OwnToggle } from "@/app/_components/own-toggle";
import type { OwnWatchlistAnswer } from "@/app/api/me/watchlist/[filmId]/route";
import { addToWatchlistAction, removeFromWatchlistAction } from "../watchlist-actions";

/** Adds the film to the member's watchlist or takes it off, beside its rating. */
export function YourWatchlist({ film }: { film: { id: number; slug: string } }) {
  const t = useTranslations("YourWatchlist");
  return (
    <OwnToggle<OwnWatchlistAnswer>
      answerUrl={`/api/me/watchlist/${film.id}`}
      isOn={(answer) => answer.isOnWatchlist}
      fields={{ filmId: film.id }}
      turnOn={{ action: addToWatchlistAction, label: t("add"), pendingLabel: t("adding") }}
      turnOff={{ action: removeFromWatchlistAction, label: t("remove"), pendingLabel: t("removing") }}
      onNote={<Link href="/watchlist">{t("onWatchlist")}</Link>}
      signIn={{ label: t("signIn"), returnTo: `/films/${film.slug}` }}
      checkingLabel={t("checking")}
    />
  );
}
