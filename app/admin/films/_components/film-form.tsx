"use client";

import { useActionState } from "react";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import type { FilmSnapshot } from "@/db/mutations/films";
import { saveFilmAction, type FilmFormState } from "../actions";

interface Option {
  value: string;
  label: string;
}

/** Create or edit a film. `version` is the film's version when the form was opened (no lost updates). */
export function FilmForm({ filmId, film, version, genres, countries }: { filmId?: number; film?: FilmSnapshot; version?: string; genres: Option[]; countries: Option[] }) {
  const [state, formAction, isPending] = useActionState(saveFilmAction, {} as FilmFormState);
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
      {filmId ? <input type="hidden" name="filmId" value={filmId} /> : null}
      <input type="hidden" name="version" value={state.conflict?.version ?? version ?? ""} />
      <FormError errors={state.errors?.form} />
      {state.conflict ? (
        <table className="w-full text-sm">
          <caption className="text-left font-medium">Changed since you opened it</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Field</th>
              <th scope="col" className="text-left">Yours</th>
              <th scope="col" className="text-left">Saved meanwhile</th>
            </tr>
          </thead>
          <tbody>
            {state.conflict.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="text-left font-normal">{change.field}</th>
                <td>{change.before}</td>
                <td>{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <FormField name="title" label="Title" required maxLength={300} defaultValue={values.title} errors={state.errors?.title} />
      <FormField name="originalTitle" label="Original title" maxLength={300} defaultValue={values.originalTitle} errors={state.errors?.originalTitle} />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField name="year" label="Year" type="number" required min={1870} max={2100} defaultValue={values.year} errors={state.errors?.year} />
        <FormField name="releaseDate" label="Release date" type="date" defaultValue={values.releaseDate} errors={state.errors?.releaseDate} />
        <FormField name="runtimeMinutes" label="Runtime (minutes)" type="number" min={1} max={6000} defaultValue={values.runtimeMinutes} errors={state.errors?.runtimeMinutes} />
      </div>
      <fieldset>
        <legend className="font-medium">Genres</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {genres.map((genre) => (
            <label key={genre.value} className="flex items-center gap-1">
              <input type="checkbox" name="genres" value={genre.value} defaultChecked={values.genres.includes(genre.value)} />
              {genre.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="countries" className="block font-medium">
          Countries
        </label>
        <select
          id="countries"
          name="countries"
          multiple
          size={8}
          defaultValue={values.countries}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        >
          {countries.map((country) => (
            <option key={country.value} value={country.value}>
              {country.label}
            </option>
          ))}
        </select>
        {state.errors?.countries ? <p className="text-sm text-red-700 dark:text-red-400">{state.errors.countries.join(" ")}</p> : null}
      </div>
      <SubmitButton isPending={isPending}>{filmId ? "Save film" : "Create film"}</SubmitButton>
    </ValidatedForm>
  );
}
