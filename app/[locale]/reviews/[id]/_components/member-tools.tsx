"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ReviewForm } from "@/app/_components/review-form";
import { useMember } from "@/app/_components/use-member";
import { ReportForm } from "./report-form";
import { signInPath } from "@/lib/sign-in-path";

interface ReviewOnItsPage {
  id: number;
  filmId: number;
  rating: number;
  body: string | null;
  hasSpoilers: boolean;
  author: { username: string };
}

/**
 * What the page offers whoever reads it, decided in their browser so the page stays one cached file: the author edits
 * or deletes the review here, other members may report it, visitors are invited to sign in. The server checks who
 * is asking on every one of these actions.
 */
export function MemberTools({ review }: { review: ReviewOnItsPage }) {
  const t = useTranslations("MemberTools");
  const username = useMember();
  if (username === undefined) return null;
  if (username === null) {
    return (
      <p className="text-sm">
        {t.rich("signInToReport", {
          link: (chunks) => <Link href={signInPath(`/reviews/${review.id}`)}>{chunks}</Link>,
        })}
      </p>
    );
  }
  if (username.toLowerCase() === review.author.username.toLowerCase())
    return <ReviewForm filmId={review.filmId} review={review} />;
  return <ReportForm reviewId={review.id} />;
}
