"use client";

import { useTranslations } from "next-intl";
import { FormField, TextAreaField } from "@/app/_components/form-field";
import { savePlotsAction } from "../list-actions";
import { ListEditor } from "../../_components/list-editor";

type PlotValues = { body: string; source: string; sourceUrl: string; license: string; language: string };

/** Plot summaries in the order the film page shows them, each credited to where it came from. */
export function PlotsEditor({ filmId, version, plots }: { filmId: number; version: string; plots: PlotValues[] }) {
  const t = useTranslations("AdminPlotsEditor");
  return (
    <ListEditor
      action={savePlotsAction}
      owner={{ name: "filmId", id: filmId }}
      version={version}
      section="plots"
      heading={t("heading")}
      itemLabel={(number) => t("item", { number })}
      saveLabel={t("save")}
      rows={plots}
      renderRow={(row, { fieldId, errorsOf }) => (
        <>
          <TextAreaField
            id={fieldId("body")}
            name="plot.body"
            label={t("plot")}
            required
            rows={5}
            maxLength={10_000}
            defaultValue={row.body}
            errors={errorsOf("body")}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField
              id={fieldId("source")}
              name="plot.source"
              label={t("source")}
              required
              maxLength={200}
              hint={t("sourceHint")}
              defaultValue={row.source}
              errors={errorsOf("source")}
            />
            <FormField
              id={fieldId("source-url")}
              name="plot.sourceUrl"
              label={t("sourceUrl")}
              type="url"
              defaultValue={row.sourceUrl}
              errors={errorsOf("sourceUrl")}
            />
            <FormField
              id={fieldId("license")}
              name="plot.license"
              label={t("license")}
              maxLength={200}
              hint={t("licenseHint")}
              defaultValue={row.license}
              errors={errorsOf("license")}
            />
            <FormField
              id={fieldId("language")}
              name="plot.language"
              label={t("language")}
              maxLength={35}
              defaultValue={row.language}
              errors={errorsOf("language")}
            />
          </div>
        </>
      )}
      renderAdd={(add) => (
        <button type="button" onClick={() => add({ body: "", source: "", sourceUrl: "", license: "", language: "en" })}>
          {t("add")}
        </button>
      )}
    />
  );
}
