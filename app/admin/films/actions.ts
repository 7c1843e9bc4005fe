"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { refreshFilmPages } from "@/app/_actions/refresh-film-pages";
import { findSignedInAdmin } from "@/auth";
import { createFilm, updateFilm, type FilmSnapshot } from "@/db/mutations/films";
import { diffSnapshots, type FieldChange } from "@/lib/audit-diff";
import { parseId } from "@/lib/route-params";
import { filmFormInput, filmFormSchema } from "@/lib/validation/films";

export interface FilmFormState {
  errors?: Partial<Record<keyof z.input<typeof filmFormSchema> | "form", string[]>>;
  values?: ReturnType<typeof filmFormInput>;
  /** Set when someone else saved the film meanwhile: what they changed, and the version to overwrite. */
  conflict?: { changes: FieldChange[]; version: string };
}

const NOT_ALLOWED = "Only admins can change the catalogue.";

export async function saveFilmAction(_previous: FilmFormState, formData: FormData): Promise<FilmFormState> {
  const values = filmFormInput(formData);
  const parsed = filmFormSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  const admin = await findSignedInAdmin();
  if (!admin) return { errors: { form: [NOT_ALLOWED] }, values };

  const filmId = parseId(String(formData.get("filmId") ?? ""));
  if (!filmId) {
    const created = await createFilm({ actorId: admin.id, fields: parsed.data });
    refreshFilmPages(created.id, [created.slug], []);
    redirect(`/admin/films/${created.id}?saved=created`);
  }
  const result = await updateFilm({ actorId: admin.id, filmId, version: String(formData.get("version") ?? ""), fields: parsed.data });
  if (!result.ok && result.reason === "not-found") return { errors: { form: ["This film has been deleted."] }, values };
  if (!result.ok) {
    return {
      errors: { form: ["This film was changed since you opened it. Check the changes below; saving again keeps your version."] },
      values,
      conflict: { changes: diffSnapshots({ ...parsed.data, slug: result.current.slug } satisfies FilmSnapshot, result.current), version: result.version },
    };
  }
  refreshFilmPages(filmId, [result.slug, result.oldSlug], result.personIds);
  redirect(`/admin/films/${filmId}?saved=updated`);
}
