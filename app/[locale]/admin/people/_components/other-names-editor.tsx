"use client";

import { useTranslations } from "next-intl";
import { FormField, SelectField } from "@/app/_components/form-field";
import { PERSON_NAME_KINDS } from "@/lib/validation/people";
import { ListEditor } from "../../_components/list-editor";
import { saveOtherNamesAction } from "../actions";

type OtherNameValues = { name: string; kind: string };

/**
 * The other names a person goes by — other romanisations, their name in other scripts, stage and birth names —
 * which their page lists and search finds them by.
 */
export function OtherNamesEditor({
  personId,
  version,
  otherNames,
}: {
  personId: number;
  version: string;
  otherNames: OtherNameValues[];
}) {
  const t = useTranslations("AdminOtherNamesEditor");
  const kindOptions = PERSON_NAME_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  return (
    <ListEditor
      action={saveOtherNamesAction}
      owner={{ name: "personId", id: personId }}
      version={version}
      section="names"
      heading={t("heading")}
      itemLabel={(number) => t("item", { number })}
      saveLabel={t("save")}
      rows={otherNames}
      renderRow={(row, { fieldId, errorsOf }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            id={fieldId("name")}
            name="otherName.name"
            label={t("name")}
            required
            maxLength={300}
            defaultValue={row.name}
            errors={errorsOf("name")}
          />
          <SelectField
            id={fieldId("kind")}
            name="otherName.kind"
            label={t("kind")}
            defaultValue={row.kind}
            options={kindOptions}
            errors={errorsOf("kind")}
          />
        </div>
      )}
      renderAdd={(add) => (
        <button type="button" onClick={() => add({ name: "", kind: "romanisation" })}>
          {t("add")}
        </button>
      )}
    />
  );
}
