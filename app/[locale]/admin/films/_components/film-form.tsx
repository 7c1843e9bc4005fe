"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormField, SubmitButton } from "@/app/_components/form-field";
import { MultiSelectCombobox } from "@/app/_components/multi-select-combobox";
import { ValidatedForm } from "@/app/_components/validated-form";
import type { FilmSnapshot } from "@/db/queries/film-snapshot";
import { saveFilmAction } from "../actions";
import { VersionedFormHead } from "../../_components/versioned-form";

interface Option {
  value: string;
  label: string;
}

/** Create or edit a film. `version` is the film's version when the form was opened (no lost updates). */
export function FilmForm({
  filmId,
  film,
  version,
  genres,
  countries,
}: {
  filmId?: number;
  film?: FilmSnapshot;
  version?: string;
  genres: Option[];
  countries: Option[];
}) {
  const t = useTranslations("AdminFilmForm");
  const [state, formAction, isPending] = useActionState(saveFilmAction, NOT_POSTED);
  const values = state.values ?? {
    title: film?.title ?? "",
    originalTitle: film?.originalTitle ?? "",
    year: film ? String(film.year) : "",
    releaseDate: film?.releaseDate ?? "",
    runtimeMinutes: film?.runtimeMinutes ? String(film.runtimeMinutes) : "",
    genres: film?.genres ?? [],
    countries: film?.countries ?? [],
  };
  return (
    <ValidatedForm action={formAction} className="max-w-2xl space-y-4">
      <VersionedFormHead idName="filmId" id={filmId} version={version} state={state} />
      <FormField
        name="title"
        label={t("title")}
        required
        maxLength={300}
        defaultValue={values.title}
        errors={state.errors?.title}
      />
      <FormField
        name="originalTitle"
        label={t("originalTitle")}
        maxLength={300}
        defaultValue={values.originalTitle}
        errors={state.errors?.originalTitle}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          name="year"
          label={t("year")}
          type="number"
          required
          min={1870}
          max={2100}
          defaultValue={values.year}
          errors={state.errors?.year}
        />
        <FormField
          name="releaseDate"
          label={t("releaseDate")}
          type="date"
          defaultValue={values.releaseDate}
          errors={state.errors?.releaseDate}
        />
        <FormField
          name="runtimeMinutes"
          label={t("runtime")}
          type="number"
          min={1}
          max={6000}
          defaultValue={values.runtimeMinutes}
          errors={state.errors?.runtimeMinutes}
        />
      </div>
      <fieldset>
        <legend className="font-medium">{t("genres")}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {genres.map((genre) => (
            <label key={genre.value} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="genres"
                value={genre.value}
                defaultChecked={values.genres.includes(genre.value)}
              />
              {genre.label}
            </label>
          ))}
        </div>
      </fieldset>
      {/* Keyed by the answer: React resets the form after each post, and the picks start again from `values`. */}
      <MultiSelectCombobox
        key={state.attempt}
        name="countries"
        label={t("countries")}
        defaultValue={values.countries}
        options={countries}
        errors={state.errors?.countries}
      />
      <SubmitButton isPending={isPending}>{t(filmId ? "save" : "create")}</SubmitButton>
    </ValidatedForm>
  );
}
