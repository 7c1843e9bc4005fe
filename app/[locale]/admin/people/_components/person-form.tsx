"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormField, SubmitButton, TextAreaField } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import type { PersonSnapshot } from "@/db/queries/person-snapshot";
import { PERSON_BIO_MAX_LENGTH } from "@/lib/validation/people";
import { savePersonAction } from "../actions";
import { VersionedFormHead } from "../../_components/versioned-form";

/** Create or edit a person. `version` is the person's version when the form was opened (no lost updates). */
export function PersonForm({
  personId,
  person,
  version,
}: {
  personId?: number;
  person?: PersonSnapshot;
  version?: string;
}) {
  const t = useTranslations("AdminPersonForm");
  const [state, formAction, isPending] = useActionState(savePersonAction, NOT_POSTED);
  const values = state.values ?? {
    name: person?.name ?? "",
    originalName: person?.originalName ?? "",
    birthDate: person?.birthDate ?? "",
    birthPlace: person?.birthPlace ?? "",
    deathDate: person?.deathDate ?? "",
    deathPlace: person?.deathPlace ?? "",
    bio: person?.bio ?? "",
  };
  return (
    <ValidatedForm action={formAction} className="max-w-2xl space-y-4">
      <VersionedFormHead idName="personId" id={personId} version={version} state={state} />
      <FormField
        name="name"
        label={t("name")}
        required
        maxLength={300}
        defaultValue={values.name}
        errors={state.errors?.name}
      />
      <FormField
        name="originalName"
        label={t("originalName")}
        hint={t("originalNameHint")}
        maxLength={300}
        defaultValue={values.originalName}
        errors={state.errors?.originalName}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="birthDate"
          label={t("birthDate")}
          type="date"
          defaultValue={values.birthDate}
          errors={state.errors?.birthDate}
        />
        <FormField
          name="birthPlace"
          label={t("birthPlace")}
          maxLength={300}
          defaultValue={values.birthPlace}
          errors={state.errors?.birthPlace}
        />
        <FormField
          name="deathDate"
          label={t("deathDate")}
          type="date"
          defaultValue={values.deathDate}
          errors={state.errors?.deathDate}
        />
        <FormField
          name="deathPlace"
          label={t("deathPlace")}
          maxLength={300}
          defaultValue={values.deathPlace}
          errors={state.errors?.deathPlace}
        />
      </div>
      <TextAreaField
        name="bio"
        label={t("bio")}
        hint={t("bioHint")}
        rows={8}
        maxLength={PERSON_BIO_MAX_LENGTH}
        defaultValue={values.bio}
        errors={state.errors?.bio}
      />
      <SubmitButton isPending={isPending}>{t(personId ? "save" : "create")}</SubmitButton>
    </ValidatedForm>
  );
}
