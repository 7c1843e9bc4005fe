import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { DeleteReviewForm } from "@/app/_components/delete-review-form";
import { DeletionConfirmation } from "@/app/_components/deletion-confirmation";
import { findSignedInUser } from "@/auth";
import { findReviewToDelete } from "@/db/queries/reviews";
import { pageMetadata } from "@/lib/page-metadata";
import { parseId } from "@/lib/route-params";
import { signInPath } from "@/lib/sign-in-path";

// Rendered whole per request (it "blocks"), so that a browser without JavaScript gets the question in the HTML and a
// review that is not the member's is a real 404.
export const instant = false;

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("DeleteReviewPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: `/reviews/${(await params).id}/delete`,
    isNoIndex: true,
  });
}

/** The confirmation page of a review's deletion, where the dialog's link leads without JavaScript. */
export default async function DeleteReviewPage({ params }: { params: Params }) {
  const reviewId = parseId((await params).id);
  const [user, t, form] = await Promise.all([
    findSignedInUser(),
    getTranslations("DeleteReviewPage"),
    getTranslations("DeleteReviewForm"),
  ]);
  if (!user) {
    const here = `/reviews/${reviewId ?? ""}/delete`;
    return (
      <p>
        {t.rich("signIn", {
          link: (chunks) => <Link href={signInPath(here)}>{chunks}</Link>,
        })}
      </p>
    );
  }
  const review = reviewId ? await findReviewToDelete(reviewId, { authorId: user.id }) : undefined;
  if (!review) notFound();
  return (
    <DeletionConfirmation
      question={t("question", { film: `${review.film.title} (${review.film.year})` })}
      review={review}
      consequence={form("consequence")}
    >
      <DeleteReviewForm reviewId={review.id} />
      <Link href={`/films/${review.film.slug}`} className="py-2">
        {t("cancel")}
      </Link>
    </DeletionConfirmation>
  );
}
