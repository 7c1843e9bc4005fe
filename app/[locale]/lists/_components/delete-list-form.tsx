"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { getPathname } from "@/i18n/navigation";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { DeleteButton } from "@/app/_components/form-field";
import { deleteListAction } from "../actions";

/**
 * Deletes the list, after the browser's confirmation. As with a review's deletion (delete-review-form.tsx), the action
 * is called here and the browser then loads the member's lists whole: this page becomes a 404 with the answer.
 * Without JavaScript the form posts to the action, which answers with a redirect there.
 */
export function DeleteListForm({ listId, title }: { listId: number; title: string }) {
  const t = useTranslations("DeleteListForm");
  const locale = useLocale();
  const [, postedWithoutScript] = useActionState(deleteListAction, NOT_POSTED);
  const [errors, setErrors] = useState<string[]>([]);
  const [isDeleting, startDeleting] = useTransition();
  const deleteList = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!window.confirm(t("confirm", { title }))) return;
    const formData = new FormData(event.currentTarget);
    startDeleting(async () => {
      const answer = await deleteListAction(NOT_POSTED, formData);
      if (answer.result) window.location.assign(getPathname({ href: answer.result.listsPath, locale }));
      else setErrors(messagesOf(answer.errors));
    });
  };
  return (
    <form action={postedWithoutScript} onSubmit={deleteList} className="space-y-2">
      <input type="hidden" name="listId" value={listId} />
      <p>{t("explanation")}</p>
      <DeleteButton isPending={isDeleting}>{t("delete")}</DeleteButton>
      {errors.length > 0 ? <p role="status">{errors.join(" ")}</p> : null}
    </form>
  );
}
