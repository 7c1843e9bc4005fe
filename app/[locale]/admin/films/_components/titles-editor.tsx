"use client";

import { FormField, SelectField } from "@/app/_components/form-field";
import { saveTitlesAction } from "../list-actions";
import { ListEditor } from "../../_components/list-editor";

type TitleValues = { title: string; kind: string; countryCode: string; language: string };

const KIND_OPTIONS = [
  { value: "alternate", label: "Also known as" },
  { value: "original", label: "Original" },
  { value: "working", label: "Working title" },
];

/** A film's other titles (in other countries, languages and scripts), which search also finds it by. */
export function TitlesEditor({
  filmId,
  version,
  titles,
  countries,
}: {
  filmId: number;
  version: string;
  titles: TitleValues[];
  countries: { value: string; label: string }[];
}) {
  const countryOptions = [{ value: "", label: "Any country" }, ...countries];
  return (
    <ListEditor
      action={saveTitlesAction}
      owner={{ name: "filmId", id: filmId }}
      version={version}
      section="titles"
      heading="Other titles"
      itemName="Title"
      rows={titles}
      renderRow={(row, { fieldId, errorsOf }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            id={fieldId("title")}
            name="title.title"
            label="Title"
            required
            maxLength={300}
            defaultValue={row.title}
            errors={errorsOf("title")}
          />
          <SelectField
            id={fieldId("kind")}
            name="title.kind"
            label="Kind"
            defaultValue={row.kind}
            options={KIND_OPTIONS}
            errors={errorsOf("kind")}
          />
          <SelectField
            id={fieldId("country")}
            name="title.countryCode"
            label="Country"
            defaultValue={row.countryCode}
            options={countryOptions}
            errors={errorsOf("countryCode")}
          />
          <FormField
            id={fieldId("language")}
            name="title.language"
            label="Language code"
            maxLength={35}
            defaultValue={row.language}
            errors={errorsOf("language")}
          />
        </div>
      )}
      renderAdd={(add) => (
        <button type="button" onClick={() => add({ title: "", kind: "alternate", countryCode: "", language: "" })}>
          Add a title
        </button>
      )}
    />
  );
}
