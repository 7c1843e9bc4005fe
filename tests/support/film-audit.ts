// Films made, and their changes reverted, through the audit log: for the tests of what a film's merge or deletion,
// and their revert, do to the rows of a member feature (reviews, watchlist, diary, lists, likes). The test file mocks
// the session (an admin signed in for the revert) and Next's request-bound APIs, as it does for its own actions.
import { and, desc, eq } from "drizzle-orm";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { revertChangeAction } from "@/app/[locale]/admin/audit/actions";
import { getDb } from "@/db/client";
import { createFilm } from "@/db/mutations/films";
import { auditLog } from "@/db/schema";
import { tableSnapshot } from "./table-snapshot";

let filmsMade = 0;

/** A film created by `admin` as the admin pages create one: audited, so that its merge or deletion can be reverted. */
export async function auditedFilm(admin: { id: number }, title: string) {
  filmsMade += 1;
  return createFilm({
    actorId: admin.id,
    fields: {
      title: `${title} ${filmsMade}`,
      originalTitle: null,
      year: 2001,
      releaseDate: null,
      runtimeMinutes: null,
      genres: [],
      countries: [],
    },
  });
}

/** Reverts the film's latest merge or deletion from the audit log, as the signed-in admin; the redirect it answers. */
export async function revertFilmChange(filmId: number, action: "merge" | "delete") {
  const [entry] = await getDb()
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "film"), eq(auditLog.entityId, filmId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const form = new FormData();
  form.set("entryId", String(entry!.id));
  return revertChangeAction(NOT_POSTED, form).catch((error: Error) => ({ redirected: error.message }));
}

/** Every table but the audit log, which a merge, a deletion and their reverts add to. */
export const databaseState = () => tableSnapshot(getDb().$client, { ignoring: ["audit_log"] });
