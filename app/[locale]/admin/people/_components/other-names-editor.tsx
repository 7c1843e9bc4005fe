"use client";

import { FormField, SelectField } from "@/app/_components/form-field";
import type { OtherName } from "@/lib/validation/people";
import { ListEditor } from "../../_components/list-editor";
import { saveOtherNamesAction } from "../actions";

type OtherNameValues = { name: string; kind: string };

const KIND_LABELS: Record<OtherName["kind"], string> = {
  romanisation: "Romanisation",
  native: "Native name",
  stage: "Stage name",
  birth: "Birth name",
  other: "Other",
};

const KIND_OPTIONS = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

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
  return (
    <ListEditor
      action={saveOtherNamesAction}
      owner={{ name: "personId", id: personId }}
      version={version}
      section="names"
      heading="Other names"
      itemName="Other name"
      rows={otherNames}
      renderRow={(row, { fieldId, errorsOf }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            id={fieldId("name")}
            name="otherName.name"
            label="Also known as"
            required
            maxLength={300}
            defaultValue={row.name}
            errors={errorsOf("name")}
          />
          <SelectField
            id={fieldId("kind")}
            name="otherName.kind"
            label="Kind of name"
            defaultValue={row.kind}
            options={KIND_OPTIONS}
            errors={errorsOf("kind")}
          />
        </div>
      )}
      renderAdd={(add) => (
        <button type="button" onClick={() => add({ name: "", kind: "romanisation" })}>
          Add a name
        </button>
      )}
    />
  );
}
