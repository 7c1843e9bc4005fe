"use client";

import Link from "next/link";
import { useActionState } from "react";
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
  const [state, formAction, isPending] = useActionState(addToListAction, NOT_POSTED);
  useAfterEachAnswer(state, (isDone) => {
    if (isDone) onSaved?.();
  });
  const values = state.values ?? { listId: lists[0] ? String(lists[0].id) : "", newTitle: "", note: "" };
  const options = [
    ...lists.map((list) => ({ value: String(list.id), label: list.hasFilm ? `${list.title} (on it)` : list.title })),
    { value: "", label: "A new list, titled below" },
  ];
  return (
    <form key={state.attempt} action={formAction} className="space-y-3">
      <input type="hidden" name="filmId" value={filmId} />
      <FormError errors={state.errors?.form} />
      <SelectField
        name="listId"
        id={`listId-${filmId}`}
        label="List"
        options={options}
        defaultValue={values.listId}
        errors={state.errors?.listId}
      />
      <FormField
        name="newTitle"
        id={`newTitle-${filmId}`}
        label="New list’s title"
        hint="Only for a new list."
        maxLength={LIST_TITLE_MAX_LENGTH}
        defaultValue={values.newTitle}
        errors={state.errors?.newTitle}
      />
      <TextAreaField
        name="note"
        id={`note-${filmId}`}
        label="Note"
        hint="Optional: why the film is on the list."
        rows={2}
        maxLength={LIST_NOTE_MAX_LENGTH}
        defaultValue={values.note}
        errors={state.errors?.note}
      />
      <SubmitButton isPending={isPending}>{isPending ? "Adding…" : "Add to list"}</SubmitButton>
      {state.ok && state.result ? (
        <p role="status" className="text-sm">
          {state.result.isAdded ? "Added." : "It was on the list already; its note is saved."}{" "}
          <Link href={`/lists/${state.result.listId}/edit`}>Edit the list</Link>
        </p>
      ) : null}
    </form>
  );
}
