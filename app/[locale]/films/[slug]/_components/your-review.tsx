"use client";

import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Link } from "@/i18n/navigation";
import { MemberPart } from "@/app/_components/member-part";
import { signInPath } from "@/lib/sign-in-path";

const ReviewTools = lazy(() => import("./review-tools").then((module) => ({ default: module.ReviewTools })));

/**
 * The member's rating and review of the film. The page around it is the same cached HTML for everyone, with the
 * blank form for browsers without JavaScript (noscript); with it, a visitor sees a sign-in link and a member their
 * own review, fetched once the page runs, so nobody types into a form about to be replaced.
 */
export function YourReview({ film }: { film: { id: number; slug: string; title: string } }) {
  const t = useTranslations("YourReview");
  return (
    <MemberPart
      tools={<ReviewTools filmId={film.id} />}
      signIn={
        <p>
          {t.rich("signIn", {
            title: film.title,
            link: (chunks) => <Link href={signInPath(`/films/${film.slug}`)}>{chunks}</Link>,
          })}
        </p>
      }
      loading={<p aria-busy="true">{t("loading")}</p>}
    />
  );
}
