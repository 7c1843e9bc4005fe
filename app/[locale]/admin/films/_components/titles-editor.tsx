"use client";

import { useTranslations } from "next-intl";
import { FormField, SelectField } from "@/app/_components/form-field";
import { TITLE_KINDS } from "@/lib/validation/film-sections";
import { saveTitlesAction } from "../list-actions";
import { ListEditor } from "../../_components/list-editor";

type TitleValues = { title: string; kind: string; countryCode: string; language: string };

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
  const t = useTranslations("AdminTitlesEditor");
  const kindOptions = TITLE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const countryOptions = [{ value: "", label: t("anyCountry") }, ...countries];
  return (
    <ListEditor
      action={saveTitlesAction}
      owner={{ name: "filmId", id: filmId }}
      version={version}
      section="titles"
      heading={t("heading")}
      itemLabel={(number) => t("item", { number })}
      saveLabel={t("save")}
      rows={titles}
      renderRow={(row, { fieldId, errorsOf }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            id={fieldId("title")}
            name="title.title"
            label={t("title")}
            required
            maxLength={300}
            defaultValue={row.title}
            errors={errorsOf("title")}
          />
          <SelectField
            id={fieldId("kind")}
            name="title.kind"
            label={t("kind")}
            defaultValue={row.kind}
            options={kindOptions}
            errors={errorsOf("kind")}
          />
          <SelectField
            id={fieldId("country")}
            name="title.countryCode"
            label={t("country")}
            defaultValue={row.countryCode}
            options={countryOptions}
            errors={errorsOf("countryCode")}
          />
          <FormField
            id={fieldId("language")}
            name="title.language"
            label={t("language")}
            maxLength={35}
            defaultValue={row.language}
            errors={errorsOf("language")}
          />
        </div>
      )}
      renderAdd={(add) => (
        <button type="button" onClick={() => add({ title: "", kind: "alternate", countryCode: "", language: "" })}>
          {t("add")}
        </button>
      )}
    />
  );
}
