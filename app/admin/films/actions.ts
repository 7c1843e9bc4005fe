"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { invalidateAfter } from "@/app/_data/invalidation";
import { findSignedInAdmin } from "@/auth";
import { createFilm, deleteFilm } from "@/db/mutations/films";
import { parseId } from "@/lib/route-params";
import { filmFormInput, filmFormSchema } from "@/lib/validation/films";
import { FILM_GONE, NOT_ALLOWED, saveFilmChange, type FilmFormState } from "./_actions/save-film-change";

type DetailsValues = ReturnType<typeof filmFormInput>;

export async function saveFilmAction(
  previous: FilmFormState<DetailsValues>,
  formData: FormData,
): Promise<FilmFormState<DetailsValues>> {
  const values = filmFormInput(formData);
  const parsed = filmFormSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  if (formData.get("filmId")) {
    return saveFilmChange({
      formData,
      change: { fields: parsed.data },
      yours: parsed.data,
      values,
      previous,
      section: "details",
    });
  }
  const admin = await findSignedInAdmin();
  if (!admin) return { errors: { form: [NOT_ALLOWED] }, values };
  const created = await createFilm({ actorId: admin.id, fields: parsed.data });
  await invalidateAfter({ kind: "film-created", filmId: created.id, slug: created.slug });
  redirect(`/admin/films/${created.id}?saved=created`);
}

export interface DeleteFilmState {
  error?: string;
}

/** Deletes a film and what hangs on it; the confirmation names the film, and the audit log keeps it whole. */
export async function deleteFilmAction(_previous: DeleteFilmState, formData: FormData): Promise<DeleteFilmState> {
  const filmId = parseId(String(formData.get("filmId") ?? ""));
  const confirmed = formData.get("confirm") === "delete";
  if (!confirmed) return { error: "Tick the box to confirm that the film and its reviews go." };
  const admin = await findSignedInAdmin();
  if (!admin) return { error: NOT_ALLOWED };
  if (!filmId) return { error: FILM_GONE };
  const result = await deleteFilm({ actorId: admin.id, filmId, version: String(formData.get("version") ?? "") });
  if (!result.ok)
    return {
      error:
        result.reason === "changed"
          ? "This film was changed since you opened it. Reload the page to see the changes before deleting it."
          : FILM_GONE,
    };
  await invalidateAfter({
    kind: "film-deleted",
    filmId,
    slugs: [result.slug],
    personIds: result.personIds,
    reviewerIds: result.reviewerIds,
  });
  redirect("/admin/films?deleted=1");
}
