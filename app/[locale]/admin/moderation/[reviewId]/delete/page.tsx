import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { DeletionConfirmation } from "@/app/_components/deletion-confirmation";
import { findReviewToDelete } from "@/db/queries/reviews";
import { parseId } from "@/lib/route-params";
import { findSignedInAdmin } from "@/auth";
import { ModerationDeleteForm } from "../../_components/moderation-delete-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminModerationDeletePage"))("title") };
}

// Rendered whole per request (it "blocks"): a browser without JavaScript gets the question in the HTML.
export const instant = false;

type Params = Promise<{ reviewId: string }>;

/** Where the moderation queue's "Delete…" leads without JavaScript: the same question as its dialog. */
export default async function ConfirmModerationDeletePage({ params }: { params: Params }) {
  const reviewId = parseId((await params).reviewId);
  if (!(await findSignedInAdmin())) notFound();
  const review = reviewId ? await findReviewToDelete(reviewId) : undefined;
  if (!review) notFound();
  const [t, form] = await Promise.all([
    getTranslations("AdminModerationDeletePage"),
    getTranslations("AdminModerationDeleteForm"),
  ]);
  return (
    <DeletionConfirmation
      question={t("question", { author: review.author, film: review.film.title, year: review.film.year })}
      review={review}
      consequence={form("consequence")}
    >
      <ModerationDeleteForm reviewId={review.id} />
      <Link href="/admin/moderation" className="py-2">
        {t("cancel")}
      </Link>
    </DeletionConfirmation>
  );
}
