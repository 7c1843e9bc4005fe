"use client";

import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Link } from "@/i18n/navigation";
import { MemberPart } from "@/app/_components/member-part";
import { signInPath } from "@/lib/sign-in-path";

const DiaryTools = lazy(() => import("./diary-tools").then((module) => ({ default: module.DiaryTools })));

/**
 * The member's viewings of the film and the form to log another. The page around it is the same cached HTML for
 * everyone: as with the review box, a member's own viewings are fetched once the page runs, a visitor sees a sign-in
 * link, and a browser without JavaScript gets the blank form (noscript).
 */
export function YourDiary({ film }: { film: { id: number; slug: string; title: string } }) {
  const t = useTranslations("YourDiary");
  return (
    <MemberPart
      tools={<DiaryTools filmId={film.id} />}
      signIn={
        <p>
          {t.rich("signInToLog", {
            title: film.title,
            link: (chunks) => <Link href={signInPath(`/films/${film.slug}`)}>{chunks}</Link>,
          })}
        </p>
      }
    />
  );
}
