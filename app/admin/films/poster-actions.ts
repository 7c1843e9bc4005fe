"use server";

import { findSignedInAdmin } from "@/auth";
import { storePoster } from "@/lib/poster-files";
import { NOT_ALLOWED, saveFilmChange, type FilmFormState } from "./_actions/save-film-change";

type PosterState = FilmFormState<undefined>;

/** Stores the uploaded image (checked by content, resized) and makes it the film's poster. */
export async function uploadPosterAction(previous: PosterState, formData: FormData): Promise<PosterState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const file = formData.get("poster");
  if (!(file instanceof File) || file.size === 0) return { errors: { poster: ["Choose an image file."] }, attempt };
  // Checked before the image is decoded, so only admins make the server do that work.
  if (!(await findSignedInAdmin())) return { errors: { form: [NOT_ALLOWED] }, attempt };
  const stored = await storePoster(Buffer.from(await file.arrayBuffer()));
  if (!stored.ok) return { errors: { poster: [stored.error] }, attempt };
  return saveFilmChange({
    formData,
    change: { poster: stored.url },
    yours: { poster: stored.url },
    values: undefined,
    previous,
    section: "poster",
  });
}

/** The film goes back to its generated poster; the file stays, so the audit log can bring it back. */
export async function removePosterAction(previous: PosterState, formData: FormData): Promise<PosterState> {
  return saveFilmChange({
    formData,
    change: { poster: null },
    yours: { poster: null },
    values: undefined,
    previous,
    section: "poster",
  });
}
