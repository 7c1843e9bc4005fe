import type { ReactNode } from "react";
import { truncate } from "@/lib/format";
import { Stars } from "./stars";

/**
 * A page that asks before a review is deleted: what goes, what follows from it, and the form that does it. Where
 * the dialog's link leads without JavaScript.
 */
export function DeletionConfirmation({
  question,
  review,
  consequence,
  children,
}: {
  question: string;
  review: { rating: number; body: string | null };
  consequence: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{question}</h1>
      <blockquote className="space-y-1 border-l-4 border-stone-300 pl-4 dark:border-stone-700">
        <Stars rating={review.rating} />
        {review.body ? <p>{truncate(review.body, 300)}</p> : null}
      </blockquote>
      <p>{consequence}</p>
      <div className="flex flex-wrap items-start gap-4">{children}</div>
    </div>
  );
}
