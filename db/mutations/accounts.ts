// Writes to accounts.
import { and, eq, isNull, or } from "drizzle-orm";
import postgres from "postgres";
import { hashPassword } from "@/lib/password";
import { DELETED_MEMBER_NAME, deletedMemberIdentity, usernameBase, usernameCandidate } from "@/lib/usernames";
import { findAccountByEmail, findAccountById } from "../queries/users";
import { getPrimaryDb, type Database, type Executor } from "../client";
import {
  accountTokens,
  diaryEntries,
  filmListItems,
  filmLists,
  follows,
  notifications,
  reviewLikes,
  reviewReports,
  reviews,
  sessions,
  users,
  watchlistEntries,
} from "../schema";
import { endSessionsOf } from "./sessions";

export type CreateAccountResult = { ok: true; id: number } | { ok: false; taken: "username" | "email" };

function uniqueViolation(error: unknown) {
  const cause = error instanceof Error && error.cause instanceof postgres.PostgresError ? error.cause : error;
  return cause instanceof postgres.PostgresError && cause.code === "23505" ? cause : undefined;
}

/**
 * Creates an account; a username or email already in use (in any case) is reported, not thrown. The password is
 * hashed before the insert finds out, never after a cheaper look-up, so a taken email costs the same time as a
 * new account: the sign-up form must not reveal by its speed who has an account.
 */
export async function createAccount(
  {
    username,
    email,
    password,
    role = "user",
  }: { username: string; email: string; password: string; role?: "user" | "admin" },
  db: Executor = getPrimaryDb(),
): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(password);
  try {
    const [account] = await db
      .insert(users)
      .values({ username, email, passwordHash, role })
      .returning({ id: users.id });
    return { ok: true, id: account!.id };
  } catch (error) {
    const violation = uniqueViolation(error);
    if (violation) return { ok: false, taken: violation.constraint_name === "users_email_key" ? "email" : "username" };
    throw error;
  }
}

/**
 * The member signing in with GitHub or Google: the account with their email (the providers verify it), else a
 * new account without a password, named after their login or name ("jane", or "jane_2" when that is taken).
 */
export async function findOrCreateOAuthAccount({ email, name }: { email: string; name: string }) {
  const existing = await findAccountByEmail(email);
  if (existing) return existing.emailVerifiedAt ? existing : claimAccountForVerifiedEmail(existing.id);
  const base = usernameBase(name);
  for (let attempt = 1; attempt <= 50; attempt += 1) {
    try {
      await getPrimaryDb()
        .insert(users)
        .values({ username: usernameCandidate(base, attempt), email, passwordHash: null, emailVerifiedAt: new Date() });
      return (await findAccountByEmail(email))!;
    } catch (error) {
      const violation = uniqueViolation(error);
      if (!violation) throw error;
      // Another sign-in with this email won the race: that account is theirs.
      if (violation.constraint_name === "users_email_key") return (await findAccountByEmail(email))!;
    }
  }
  throw new Error(`No free username near "${base}" after 50 tries`);
}

/**
 * The first time a provider vouches for an email that signed up with a password: sign-up never checked that email,
 * so the password may be someone else's, who registered it first to wait for its owner (a pre-account takeover).
 * The verified owner gets the account without that password, and every session made with it ends.
 */
async function claimAccountForVerifiedEmail(userId: number) {
  const now = new Date();
  await getPrimaryDb().transaction(async (tx) => {
    const claimed = await tx
      .update(users)
      .set({ emailVerifiedAt: now, passwordHash: null, passwordChangedAt: now, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
      .returning({ id: users.id });
    if (claimed.length > 0) await endSessionsOf(tx, userId);
  });
  return (await findAccountById(userId))!;
}

/** Sets a new password and ends every session signed in with the old one. */
export async function changePassword(userId: number, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  await getPrimaryDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId));
    await endSessionsOf(tx, userId);
  });
}

/** What an account deletion took from films' and members' pages, so that their caches can be refreshed. */
export type DeleteAccountResult =
  | {
      ok: true;
      reviewedFilmIds: number[];
      followMemberIds: number[];
      /** Films in the member's public lists ("In N lists"), and films whose reviews they liked (like counts). */
      listedFilmIds: number[];
      likedFilmIds: number[];
    }
  | { ok: false; reason: "last-admin" };

/**
 * Deletes an account, unless it is the site's last active admin: the site would be left with nobody to curate it.
 * Active admins are locked first, so two admins deleting themselves at once cannot both go.
 *
 * Everything the member made goes with it (the stats trigger takes their ratings out of every film's rating; audit
 * entries keep their rows with the actor set to null), except, when they choose `isKeepingReviews`, their written
 * reviews: those stay on their films under "Deleted member", and the account row stays as their emptied author.
 */
export async function deleteAccount(
  userId: number,
  { isKeepingReviews = false }: { isKeepingReviews?: boolean } = {},
  database: Database = getPrimaryDb(),
): Promise<DeleteAccountResult> {
  return database.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.blockedAt)))
      .orderBy(users.id)
      .for("update");
    if (admins.length === 1 && admins[0]!.id === userId) return { ok: false, reason: "last-admin" };
    const reviewed = await tx.select({ filmId: reviews.filmId }).from(reviews).where(eq(reviews.userId, userId));
    const followed = await tx
      .select({ followerId: follows.followerId, followeeId: follows.followeeId })
      .from(follows)
      .where(or(eq(follows.followerId, userId), eq(follows.followeeId, userId)));
    const listed = await tx
      .selectDistinct({ filmId: filmListItems.filmId })
      .from(filmListItems)
      .innerJoin(filmLists, eq(filmLists.id, filmListItems.listId))
      .where(and(eq(filmLists.userId, userId), eq(filmLists.isPublic, true)));
    const liked = await tx
      .selectDistinct({ filmId: reviews.filmId })
      .from(reviewLikes)
      .innerJoin(reviews, eq(reviews.id, reviewLikes.reviewId))
      .where(eq(reviewLikes.userId, userId));
    if (isKeepingReviews) await emptyAccountKeepingReviews(tx, userId);
    else await tx.delete(users).where(eq(users.id, userId));
    // The films whose pages showed the member's ratings, and the members whose follow counts counted them, so that
    // their caches can be refreshed.
    return {
      ok: true,
      reviewedFilmIds: reviewed.map((review) => review.filmId),
      followMemberIds: followed.map((row) => (row.followerId === userId ? row.followeeId : row.followerId)),
      listedFilmIds: listed.map((row) => row.filmId),
      likedFilmIds: liked.map((row) => row.filmId),
    };
  });
}

/**
 * What deleting the user row would cascade to, but for written reviews (with their revisions, likes and any
 * moderator's hold). The row keeps its id for them and loses everything that identified or signed in the member:
 * the name and address are freed for anyone to take, and nothing can sign in to it again.
 */
async function emptyAccountKeepingReviews(tx: Executor, userId: number) {
  await tx.delete(reviews).where(and(eq(reviews.userId, userId), isNull(reviews.body)));
  await tx.delete(follows).where(or(eq(follows.followerId, userId), eq(follows.followeeId, userId)));
  await tx.delete(notifications).where(or(eq(notifications.userId, userId), eq(notifications.actorId, userId)));
  for (const [table, owner] of [
    [reviewLikes, reviewLikes.userId],
    [reviewReports, reviewReports.reporterId],
    [filmLists, filmLists.userId],
    [diaryEntries, diaryEntries.userId],
    [watchlistEntries, watchlistEntries.userId],
    [accountTokens, accountTokens.userId],
    [sessions, sessions.userId],
  ] as const) {
    await tx.delete(table).where(eq(owner, userId));
  }
  const now = new Date();
  await tx
    .update(users)
    .set({
      ...deletedMemberIdentity(userId),
      passwordHash: null,
      role: "user",
      displayName: DELETED_MEMBER_NAME,
      bio: null,
      avatar: null,
      watchlistIsPublic: false,
      emailVerifiedAt: null,
      passwordChangedAt: now,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
}
