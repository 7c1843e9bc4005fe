"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import { deleteDiaryEntryAction } from "../diary-actions";

/**
 * Deletes one of the member's own viewings: on the film's page, and on their own diary page (/diary), where a browser
 * without JavaScript posts it and is sent back.
 */
export function DeleteViewingForm({
  entryId,
  label,
  onDeleted,
}: {
  entryId: number;
  label: string;
  /** What to do once it is gone; by default, render the page again without it. */
  onDeleted?: () => void;
}) {
  const t = useTranslations("DeleteViewingForm");
  const router = useRouter();
  const [state, formAction, isPending] = useActionState(deleteDiaryEntryAction, NOT_POSTED);
  useAfterEachAnswer(state, (isDeleted) => {
    if (!isDeleted) return;
    if (onDeleted) onDeleted();
    else router.refresh();
  });
  return (
    <form action={formAction} className="ml-auto">
      <input type="hidden" name="entryId" value={entryId} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={label}
        className="text-sm text-red-700 underline dark:text-red-400"
      >
        {isPending ? t("deleting") : t("delete")}
      </button>
      {state.errors ? <span role="status">{messagesOf(state.errors).join(" ")}</span> : null}
    </form>
  );
}
