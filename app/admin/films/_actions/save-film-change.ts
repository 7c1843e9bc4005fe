// The one way admin film forms save: admin check → one transaction with the version check → fresh pages.
import { redirect } from "next/navigation";
import { invalidateAfter } from "@/app/_data/invalidation";
import { findSignedInAdmin } from "@/auth";
import { MissingPeopleError } from "@/db/mutations/film-sections";
import { updateFilm, type FilmChange } from "@/db/mutations/films";
import type { FilmSnapshot } from "@/db/queries/film-snapshot";
import { diffSnapshots, type FieldChange } from "@/lib/audit-diff";
import { parseId } from "@/lib/route-params";

export const NOT_ALLOWED = "Only admins can change the catalogue.";
export const FILM_GONE = "This film has been deleted.";
const CHANGED = "This film was changed since you opened it. Check the changes below; saving again keeps your version.";

/** What a film form shows after a failed save: errors by field ("form", "title", "2.role"), what was typed, a conflict. */
export interface FilmFormState<Values> {
  errors?: Record<string, string[] | undefined>;
  values?: Values;
  /** Set when someone else saved the film meanwhile: what they changed, and the version to overwrite. */
  conflict?: { changes: FieldChange[]; version: string };
  /** Counts answers, so an editor can start again from `values` after each one. */
  attempt?: number;
}

/** The parts of `current` that `yours` has, so a conflict lists only what this form edits. */
function sameParts(yours: Partial<FilmSnapshot>, current: FilmSnapshot) {
  return Object.fromEntries(Object.keys(yours).map((key) => [key, current[key as keyof FilmSnapshot]]));
}

/**
 * Saves `change` to the film the form names and goes back to the film's admin page at `section`; otherwise the
 * state to show. `yours` is the change as the admin reads it (names, not ids), for the conflict table.
 */
export async function saveFilmChange<Values>({
  formData,
  change,
  yours,
  values,
  previous,
  section,
}: {
  formData: FormData;
  change: FilmChange;
  yours: Partial<FilmSnapshot>;
  values: Values;
  previous: FilmFormState<Values>;
  section: string;
}): Promise<FilmFormState<Values>> {
  const attempt = (previous.attempt ?? 0) + 1;
  const refuse = (message: string) => ({ errors: { form: [message] }, values, attempt });
  const admin = await findSignedInAdmin();
  if (!admin) return refuse(NOT_ALLOWED);
  const filmId = parseId(String(formData.get("filmId") ?? ""));
  if (!filmId) return refuse(FILM_GONE);

  let result;
  try {
    result = await updateFilm({ actorId: admin.id, filmId, version: String(formData.get("version") ?? ""), ...change });
  } catch (error) {
    if (!(error instanceof MissingPeopleError)) throw error;
    return refuse("Someone deleted or merged a person in this list meanwhile. Reload the page and add them again.");
  }
  if (!result.ok && result.reason === "not-found") return refuse(FILM_GONE);
  if (!result.ok) {
    return {
      ...refuse(CHANGED),
      conflict: { changes: diffSnapshots(yours, sameParts(yours, result.current)), version: result.version },
    };
  }
  await invalidateAfter({
    kind: "film-changed",
    filmId,
    slugs: [result.slug, result.oldSlug],
    personIds: result.personIds,
  });
  redirect(`/admin/films/${filmId}?saved=${section}#${section}`);
}
