"use client";

import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FieldErrors, FormError, SubmitButton } from "@/app/_components/form-field";
import { Poster } from "@/app/_components/poster";
import { removePosterAction, uploadPosterAction } from "../poster-actions";
import { versionedFormErrors } from "../../_components/versioned-form";

interface PosterFilm {
  id: number;
  slug: string;
  title: string;
  year: number;
  poster: string | null;
}

function FilmIdentity({ film, version }: { film: PosterFilm; version: string }) {
  return (
    <>
      <input type="hidden" name="filmId" value={film.id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** Upload a poster (JPEG, PNG, WebP or AVIF up to 8 MB, checked by its content), or go back to the generated one. */
export function PosterForm({ film, version }: { film: PosterFilm; version: string }) {
  const [upload, uploadAction, isUploading] = useActionState(uploadPosterAction, NOT_POSTED);
  const [removal, removeAction, isRemoving] = useActionState(removePosterAction, NOT_POSTED);
  return (
    <section id="poster" aria-labelledby="poster-heading" className="max-w-3xl space-y-3">
      <h2 id="poster-heading" className="text-2xl font-semibold">
        Poster
      </h2>
      <div className="flex flex-wrap items-start gap-6">
        <Poster slug={film.slug} title={film.title} year={film.year} poster={film.poster} />
        <div className="space-y-4">
          <form action={uploadAction} className="space-y-2">
            <FilmIdentity film={film} version={upload.result?.conflict?.version ?? version} />
            <FormError errors={versionedFormErrors(upload.errors, "filmId")} />
            <label htmlFor="poster-file" className="block font-medium">
              Image file
            </label>
            <input
              id="poster-file"
              name="poster"
              type="file"
              required
              accept="image/jpeg,image/png,image/webp,image/avif"
              aria-describedby="poster-hint poster-errors"
              aria-invalid={upload.errors?.poster ? true : undefined}
            />
            <p id="poster-hint" className="text-sm text-stone-600 dark:text-stone-400">
              JPEG, PNG, WebP or AVIF, up to 8 MB; resized to 600 pixels wide.
            </p>
            <FieldErrors id="poster-errors" errors={upload.errors?.poster} />
            <SubmitButton isPending={isUploading}>Upload poster</SubmitButton>
          </form>
          {film.poster ? (
            <form action={removeAction}>
              <FilmIdentity film={film} version={removal.result?.conflict?.version ?? version} />
              <FormError errors={versionedFormErrors(removal.errors, "filmId")} />
              <button type="submit" disabled={isRemoving}>
                Remove the poster
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </section>
  );
}
