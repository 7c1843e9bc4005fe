"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { DeleteButton } from "@/app/_components/form-field";
import { deleteReviewAction } from "@/app/[locale]/films/[slug]/actions";

/**
 * Deletes the member's review, from the confirmation dialog or its page. Without JavaScript the form posts to the
 * action, which answers with a redirect to the film. With it, the action is called here and the browser then loads
 * the film page whole: the page the form is on may be the review's own, which becomes a 404 with the answer and
 * would take this form with it, and the router may hold the film page from before the deletion. What deleting does,
 * said before it is done, is this namespace's `consequence`, for the dialog and the confirmation page alike.
 */
export function DeleteReviewForm({ reviewId }: { reviewId: number }) {
  const t = useTranslations("DeleteReviewForm");
  const [, postedWithoutScript] = useActionState(deleteReviewAction, NOT_POSTED);
  const [errors, setErrors] = useState<string[]>([]);
  const [isDeleting, startDeleting] = useTransition();
  const deleteReview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startDeleting(async () => {
      const answer = await deleteReviewAction(NOT_POSTED, formData);
      if (answer.result) window.location.assign(answer.result.filmPath);
      else setErrors(messagesOf(answer.errors));
    });
  };
  return (
    <form action={postedWithoutScript} onSubmit={deleteReview} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <DeleteButton isPending={isDeleting}>{t("submit")}</DeleteButton>
      {errors.length > 0 ? <p role="status">{errors.join(" ")}</p> : null}
    </form>
  );
}
