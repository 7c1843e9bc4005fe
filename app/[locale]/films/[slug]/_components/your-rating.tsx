"use client";

import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Link } from "@/i18n/navigation";
import { MemberPart } from "@/app/_components/member-part";
import { signInPath } from "@/lib/sign-in-path";

const RatingTools = lazy(() => import("./rating-tools").then((module) => ({ default: module.RatingTools })));

/**
 * The member's rating, given in one tap beside the film's rating and saved at once by itself (the review below
 * stays an optional step). Without JavaScript it is a small form with a button.
 */
export function YourRating({ film }: { film: { id: number; slug: string } }) {
  const t = useTranslations("YourRating");
  return (
    <MemberPart
      tools={<RatingTools filmId={film.id} />}
      signIn={
        <p className="mt-3 text-center">
          <Link href={signInPath(`/films/${film.slug}`)} className="text-accent-400 dark:text-accent-400">
            {t("signIn")}
          </Link>
        </p>
      }
    />
  );
}
