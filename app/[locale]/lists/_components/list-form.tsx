"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton, TextAreaField } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { LIST_DESCRIPTION_MAX_LENGTH, LIST_TITLE_MAX_LENGTH } from "@/lib/validation/list-limits";
import { createListAction, updateListAction } from "../actions";

export interface ListFormValues {
  title: string;
  description: string;
  ranked: boolean;
  isPublic: boolean;
}

const NEW_LIST: ListFormValues = { title: "", description: "", ranked: false, isPublic: true };

/** Makes a list, or edits one (`listId`): after a refusal the fields show what was typed, with each field's errors. */
export function ListForm({ listId, initial = NEW_LIST }: { listId?: number; initial?: ListFormValues }) {
  const t = useTranslations("ListForm");
  const [state, formAction, isPending] = useActionState(listId ? updateListAction : createListAction, NOT_POSTED);
  const values = state.values ?? initial;
  return (
    // Keyed by the answer: React resets a form after each post, and its fields start again from `values`.
    <ValidatedForm key={state.attempt} action={formAction} className="max-w-2xl space-y-4">
      {listId ? <input type="hidden" name="listId" value={listId} /> : null}
      <FormError errors={state.errors?.form} />
      <FormField
        name="title"
        label={t("title")}
        required
        maxLength={LIST_TITLE_MAX_LENGTH}
        defaultValue={values.title}
        errors={state.errors?.title}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        rows={4}
        maxLength={LIST_DESCRIPTION_MAX_LENGTH}
        defaultValue={values.description}
        errors={state.errors?.description}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="ranked" defaultChecked={values.ranked} />
        {t("ranked")}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isPublic" defaultChecked={values.isPublic} />
        {t("public")}
      </label>
      <SubmitButton isPending={isPending}>{listId ? t("save") : t("create")}</SubmitButton>
      {state.ok && listId ? <p role="status">{t("saved")}</p> : null}
    </ValidatedForm>
  );
}
