// Writes to a member's diary: a viewing logged from a film's page (with its rating and words saved as the member's
// one review of the film), and a viewing deleted by its member.
import { and, eq } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { diaryEntries, films } from "../schema";
import { saveReviewWith } from "./reviews";

export interface ViewingInput {
  userId: number;
  filmId: number;
  /** YYYY-MM-DD, as the member gave it. */
  watchedOn: string;
  rewatch: boolean;
  rating: number | null;
  /** Words for the member's review of the film; null leaves the review's text as it is. */
  body: string | null;
}

export type LogViewingResult =
  { ok: true; entryId: number; reviewId: number | null } | { ok: false; reason: "film-not-found" };

/**
 * Adds a viewing to the member's diary; a film may be logged any number of times. A rated viewing also rates the film
 * (the member's latest word on it, as on Letterboxd), and words given with it become the review's text, through the
 * review's own save (revisions, moderation holds), in the same transaction.
 */
export async function logViewing({ body, ...viewing }: ViewingInput): Promise<LogViewingResult> {
  return getPrimaryDb().transaction(async (tx) => {
    // Locked as a review's foreign key check would: a film deleted meanwhile is a refusal, not an error.
    const [film] = await tx.select({ id: films.id }).from(films).where(eq(films.id, viewing.filmId)).for("share");
    if (!film) return { ok: false, reason: "film-not-found" } as const;
    const [entry] = await tx.insert(diaryEntries).values(viewing).returning({ id: diaryEntries.id });
    if (viewing.rating === null) return { ok: true, entryId: entry!.id, reviewId: null } as const;
    const { userId, filmId, rating } = viewing;
    const saved = await saveReviewWith(tx, { userId, filmId, rating, ...(body === null ? {} : { body }) });
    return { ok: true, entryId: entry!.id, reviewId: saved.ok ? saved.reviewId : null } as const;
  });
}

/** Deletes one of the member's own viewings; the film it was of, or nothing when it is not theirs or gone. */
export async function deleteOwnDiaryEntry({ userId, entryId }: { userId: number; entryId: number }) {
  const [deleted] = await getPrimaryDb()
    .delete(diaryEntries)
    .where(and(eq(diaryEntries.id, entryId), eq(diaryEntries.userId, userId)))
    .returning({ filmId: diaryEntries.filmId });
  return deleted;
}
