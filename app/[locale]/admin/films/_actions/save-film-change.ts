// The one way admin film forms save a change: one transaction with the version check (no lost updates), then back
// to the film's admin page at the section saved, its pages made fresh on the way (defineAction does both).
import { z } from "zod";
import { done, refuse, type Outcome } from "@/app/_actions/define-action";
import { MissingPeopleError } from "@/db/mutations/film-sections";
import { updateFilm, type FilmChange } from "@/db/mutations/films";
import type { FilmSnapshot } from "@/db/queries/film-snapshot";
import type { EditConflict } from "@/app/[locale]/admin/_components/versioned-form";
import { diffSnapshots } from "@/lib/audit-diff";
import { FORM_OUT_OF_DATE, idField } from "@/lib/validation/fields";

export const FILM_GONE = "This film has been deleted.";
const CHANGED = "This film was changed since you opened it. Check the changes below; saving again keeps your version.";

/** What every film form posts besides its fields: the film and the version it was opened at, both from the page. */
export const filmAndVersion = z.object({ filmId: idField(FILM_GONE), version: z.string(FORM_OUT_OF_DATE) });

/** The parts of `current` that `yours` has, so a conflict lists only what this form edits. */
function sameParts(yours: Partial<FilmSnapshot>, current: FilmSnapshot) {
  return Object.fromEntries(Object.keys(yours).map((key) => [key, current[key as keyof FilmSnapshot]]));
}

/**
 * Saves `change` to the film if it is still at `version`, and goes back to the film's admin page at `section`.
 * `yours` is the change as the admin reads it (names, not ids), for the conflict table.
 */
export async function saveFilmChange({
  actorId,
  filmId,
  version,
  section,
  change,
  yours,
}: z.output<typeof filmAndVersion> & {
  actorId: number;
  section: string;
  change: FilmChange;
  yours: Partial<FilmSnapshot>;
}): Promise<Outcome<never, EditConflict>> {
  let result;
  try {
    result = await updateFilm({ actorId, filmId, version, ...change });
  } catch (error) {
    if (!(error instanceof MissingPeopleError)) throw error;
    return refuse("Someone deleted or merged a person in this list meanwhile. Reload the page and add them again.");
  }
  if (!result.ok && result.reason === "not-found") return refuse(FILM_GONE);
  if (!result.ok) {
    const changes = diffSnapshots(yours, sameParts(yours, result.current));
    return refuse(CHANGED, { result: { conflict: { changes, version: result.version } } });
  }
  return done({
    writes: [{ kind: "film-changed", filmId, slugs: [result.slug, result.oldSlug], personIds: result.personIds }],
    redirectTo: `/admin/films/${filmId}?saved=${section}#${section}`,
  });
}
