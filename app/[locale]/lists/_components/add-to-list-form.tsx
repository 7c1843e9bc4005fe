"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import { FormError, FormField, SelectField, SubmitButton, TextAreaField } from "@/app/_components/form-field";
import { LIST_NOTE_MAX_LENGTH, LIST_TITLE_MAX_LENGTH } from "@/lib/validation/list-limits";
import { addToListAction } from "../actions";

export interface OwnListChoice {
  id: number;
  title: string;
  hasFilm: boolean;
}

/**
 * Puts a film on one of the member's lists, or on a new one named here, with an optional note: on the film's page
 * once the member's lists are fetched, and on /lists/add for a browser without JavaScript.
 */
export function AddToListForm({
  filmId,
  lists,
  onSaved,
}: {
  filmId: number;
  lists: OwnListChoice[];
  onSaved?: () => void;
}) {
  const t = useTranslations("AddToListForm");
  const [state, formAction, isPending] = useActionState(addToListAction, NOT_POSTED);
  useAfterEachAnswer(state, (isDone) => {
    if (isDone) onSaved?.();
  });
  const values = state.values ?? { listId: lists[0] ? String(lists[0].id) : "", newTitle: "", note: "" };
  const options = [
    ...lists.map((list) => ({
      value: String(list.id),
      label: list.hasFilm ? t("onIt", { title: list.title }) : list.title,
    })),
    { value: "", label: t("newList") },
  ];
  return (
    <form key={state.attempt} action={formAction} className="space-y-3">
      <input type="hidden" name="filmId" value={filmId} />
      <FormError errors={state.errors?.form} />
      <SelectField
        name="listId"
        id={`listId-${filmId}`}
        label={t("list")}
        options={options}
        defaultValue={values.listId}
        errors={state.errors?.listId}
      />
      <FormField
        name="newTitle"
        id={`newTitle-${filmId}`}
        label={t("newTitle")}
        hint={t("newTitleHint")}
        maxLength={LIST_TITLE_MAX_LENGTH}
        defaultValue={values.newTitle}
        errors={state.errors?.newTitle}
      />
      <TextAreaField
        name="note"
        id={`note-${filmId}`}
        label={t("note")}
        hint={t("noteHint")}
        rows={2}
        maxLength={LIST_NOTE_MAX_LENGTH}
        defaultValue={values.note}
        errors={state.errors?.note}
      />
      <SubmitButton isPending={isPending}>{isPending ? t("adding") : t("add")}</SubmitButton>
      {state.ok && state.result ? (
        <p role="status" className="text-sm">
          {state.result.isAdded ? t("added") : t("alreadyOnList")}{" "}
          <Link href={`/lists/${state.result.listId}/edit`}>{t("editList")}</Link>
        </p>
      ) : null}
    </form>
  );
}
