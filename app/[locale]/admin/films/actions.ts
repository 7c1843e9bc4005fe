"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { mergeFilms } from "@/db/mutations/film-merge";
import { createFilm, deleteFilm } from "@/db/mutations/films";
import { textFields } from "@/lib/validation/fields";
import { filmFormInput, filmFormSchema, mergeFilmsSchema } from "@/lib/validation/films";
import { FILM_GONE, filmAndVersion, saveFilmChange } from "./_actions/save-film-change";

export const saveFilmAction = defineAction({
  who: "admin",
  // The new-film form has no film id, and no version: it creates the film rather than editing one.
  schema: filmFormSchema.extend(filmAndVersion.partial().shape),
  input: (formData) => ({
    ...filmFormInput(formData),
    filmId: formData.get("filmId") || undefined,
    version: formData.get("version") ?? undefined,
  }),
  values: filmFormInput,
  async run({ filmId, version, ...fields }, { caller }) {
    if (filmId) {
      return saveFilmChange({
        actorId: caller.id,
        filmId,
        // None is no version this film has had: the edit is shown as a conflict, to be saved again.
        version: version ?? "",
        section: "details",
        change: { fields },
        yours: fields,
      });
    }
    const created = await createFilm({ actorId: caller.id, fields });
    return done({
      writes: [{ kind: "film-created", filmId: created.id, slug: created.slug }],
      redirectTo: `/admin/films/${created.id}?saved=created`,
    });
  },
});

/** Deletes a film and what hangs on it; the confirmation names the film, and the audit log keeps it whole. */
export const deleteFilmAction = defineAction({
  who: "admin",
  schema: filmAndVersion.extend({
    confirm: z.literal("delete", "Tick the box to confirm that the film and its reviews go."),
  }),
  async run({ filmId, version }, { caller }) {
    const deleted = await deleteFilm({ actorId: caller.id, filmId, version });
    if (!deleted.ok) {
      return refuse(
        deleted.reason === "changed"
          ? "This film was changed since you opened it. Reload the page to see the changes before deleting it."
          : FILM_GONE,
      );
    }
    const { slugs, personIds, memberIds } = deleted;
    return done({
      writes: [{ kind: "film-deleted", filmId, slugs, personIds, memberIds }],
      redirectTo: "/admin/films?deleted=1",
    });
  },
});

const MERGE_REFUSALS = {
  "same-film": "A film cannot be merged into itself: enter the film to keep.",
  "kept-not-found": "No film has that id or slug.",
  "duplicate-not-found": FILM_GONE,
} as const;

/** Folds this film, a duplicate, into the one to keep; the audit log can revert it. */
export const mergeFilmAction = defineAction({
  who: "admin",
  schema: mergeFilmsSchema,
  values: (formData) => textFields(formData, ["keep"]),
  async run({ duplicateId, keep }, { caller }) {
    const merged = await mergeFilms({ actorId: caller.id, duplicateId, keep });
    if (!merged.ok) {
      const message = MERGE_REFUSALS[merged.reason];
      return merged.reason === "duplicate-not-found" ? refuse(message) : refuse({ keep: [message] });
    }
    return done({
      writes: [
        { kind: "film-deleted", ...merged.duplicate },
        { kind: "film-changed", ...merged.kept },
      ],
      redirectTo: `/admin/films/${merged.keptId}?saved=merged`,
    });
  },
});
