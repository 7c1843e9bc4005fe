"use client";

import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Link } from "@/i18n/navigation";
import { MemberPart } from "@/app/_components/member-part";
import { signInPath } from "@/lib/sign-in-path";

const ListsTools = lazy(() => import("./lists-tools").then((module) => ({ default: module.ListsTools })));

/**
 * "Add to a list", under the watchlist button. As with the watchlist, the page is the same cached HTML for everyone:
 * the member's lists are fetched once the page runs, a visitor sees a sign-in link, and a browser without JavaScript
 * a link to /lists/add.
 */
export function YourLists({ film }: { film: { id: number; slug: string } }) {
  const t = useTranslations("YourLists");
  return (
    <MemberPart
      tools={<ListsTools filmId={film.id} />}
      signIn={
        <p className="mt-3 text-center">
          <Link href={signInPath(`/films/${film.slug}`)}>{t("signIn")}</Link>
        </p>
      }
    />
  );
}
