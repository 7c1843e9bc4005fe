import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase, getDb } from "@/db/client";
import { createAccount, deleteAccount, findOrCreateOAuthAccount } from "@/db/mutations/accounts";
import { getUserByUsername } from "@/db/queries/reviews";
import { findAccountByEmail, findAccountForSignIn } from "@/db/queries/users";
import {
  diaryEntries,
  filmLists,
  filmRatingStats,
  follows,
  notifications,
  reviewLikes,
  reviews,
  sessions,
  users,
  watchlistEntries,
} from "@/db/schema";
import { verifyPassword } from "@/lib/password";
import { createFilm, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";

describe("accounts", () => {
  it("store an argon2id hash, never the password, and are found by username or email in any case", async () => {
    const created = await createAccount({
      username: "New_Member",
      email: "New.Member@Example.com",
      password: "a long enough passphrase",
    });
    expect(created.ok).toBe(true);
    const [row] = await getDb().select().from(users).where(eq(users.username, "New_Member"));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.passwordHash!, "a long enough passphrase")).toBe(true);
    expect((await findAccountForSignIn("new_member"))?.id).toBe(row!.id);
    expect((await findAccountForSignIn("new.member@example.com"))?.id).toBe(row!.id);
  });

  it("report a taken username or email, whatever its case", async () => {
    expect(
      await createAccount({ username: "NEW_MEMBER", email: "other@example.com", password: "a long enough passphrase" }),
    ).toEqual({
      ok: false,
      taken: "username",
    });
    expect(
      await createAccount({
        username: "someone_else",
        email: "new.member@EXAMPLE.com",
        password: "a long enough passphrase",
      }),
    ).toEqual({
      ok: false,
      taken: "email",
    });
  });

  it("give a GitHub or Google member the account with their email, else a new one with a free username", async () => {
    expect(
      await createAccount({
        username: "oauth_later",
        email: "oauth.later@example.com",
        password: "a long enough passphrase",
      }),
    ).toMatchObject({ ok: true });
    const existing = await findOrCreateOAuthAccount({ email: "OAUTH.LATER@example.com", name: "Later" });
    expect(existing.username).toBe("oauth_later");

    const first = await findOrCreateOAuthAccount({ email: "octo@example.com", name: "Octo Cat" });
    const second = await findOrCreateOAuthAccount({ email: "other-octo@example.com", name: "octo-cat" });
    expect(first.username).toBe("Octo_Cat");
    expect(second.username).toBe("octo_cat_2");
    expect(first.passwordHash).toBeNull();
    expect((await findOrCreateOAuthAccount({ email: "octo@example.com", name: "Someone Else" })).id).toBe(first.id);
  });

  it("take the password off an account whose email a provider vouches for the first time, ending its sessions", async () => {
    // Someone registers another person's email with a password of their own, waiting for its owner.
    await createAccount({ username: "squatter", email: "owner@example.com", password: "a long enough passphrase" });
    const [before] = await getDb().select().from(users).where(eq(users.username, "squatter"));
    const claimed = await findOrCreateOAuthAccount({ email: "owner@example.com", name: "Owner" });
    expect(claimed.passwordHash).toBeNull();
    expect(claimed.emailVerifiedAt).not.toBeNull();
    expect(claimed.passwordChangedAt.getTime()).toBeGreaterThan(before!.passwordChangedAt.getTime());
    // Later sign-ins with the provider change nothing more.
    const again = await findOrCreateOAuthAccount({ email: "owner@example.com", name: "Owner" });
    expect(again.passwordChangedAt.getTime()).toBe(claimed.passwordChangedAt.getTime());
  });
});

describe("deleting an account", () => {
  it("keeps the site's last active admin, and lets an admin go while another remains", async () => {
    // A database of its own: how many admins the shared one has depends on the other files running.
    const scratch = await createScratchDatabase("last_admin");
    const { db, sql } = createDatabase(scratch.url, { maxConnections: 2 });
    try {
      const first = await createUser({ role: "admin" }, db);
      const second = await createUser({ role: "admin" }, db);
      await createUser({ role: "admin", blockedAt: new Date() }, db);
      expect(await deleteAccount(second.id, {}, db)).toMatchObject({
        ok: true,
        reviewedFilmIds: [],
        followMemberIds: [],
      });
      // A blocked admin curates nothing: the first is the last one who can.
      expect(await deleteAccount(first.id, {}, db)).toEqual({ ok: false, reason: "last-admin" });
      expect(await db.$count(users, eq(users.id, first.id))).toBe(1);
    } finally {
      await sql.end();
      await scratch.drop();
    }
  });

  it("keeps the member's written reviews under “Deleted member” when they choose, and nothing else of theirs", async () => {
    const member = await createUser({ displayName: "Leaving Member", bio: "Films.", avatar: "/images/a.webp" });
    const friend = await createUser();
    const [reviewed, rated, other] = [await createFilm(), await createFilm(), await createFilm()];
    const review = await createReview({ filmId: reviewed.id, userId: member.id, rating: 8, body: "Worth keeping." });
    await createReview({ filmId: rated.id, userId: member.id, rating: 3 });
    const friendsReview = await createReview({ filmId: reviewed.id, userId: friend.id, rating: 6, body: "Fine." });
    await getDb()
      .insert(reviewLikes)
      .values([
        { userId: friend.id, reviewId: review.id },
        { userId: member.id, reviewId: friendsReview.id },
      ]);
    await getDb()
      .insert(follows)
      .values([
        { followerId: member.id, followeeId: friend.id },
        { followerId: friend.id, followeeId: member.id },
      ]);
    await getDb().insert(notifications).values({ userId: friend.id, actorId: member.id, kind: "follow" });
    await getDb().insert(watchlistEntries).values({ userId: member.id, filmId: other.id });
    await getDb().insert(diaryEntries).values({ userId: member.id, filmId: other.id, watchedOn: "2026-01-02" });
    await getDb().insert(filmLists).values({ userId: member.id, title: "Mine", slug: "mine" });
    await getDb()
      .insert(sessions)
      .values({ id: `leaving-${member.id}`, userId: member.id });

    const deleted = await deleteAccount(member.id, { isKeepingReviews: true });

    expect(deleted).toMatchObject({ ok: true, followMemberIds: [friend.id, friend.id] });
    expect(deleted.ok && deleted.reviewedFilmIds.toSorted()).toEqual([reviewed.id, rated.id].toSorted());
    const [author] = await getDb().select().from(users).where(eq(users.id, member.id));
    expect(author).toMatchObject({
      username: `deleted_${member.id}`,
      displayName: "Deleted member",
      passwordHash: null,
      bio: null,
      avatar: null,
    });
    expect(author!.deletedAt).not.toBeNull();
    // The written review stays, with the like it had; the bare rating goes, and with it its place in the average.
    expect(await getDb().select({ id: reviews.id }).from(reviews).where(eq(reviews.userId, member.id))).toEqual([
      { id: review.id },
    ]);
    expect((await getDb().select().from(reviews).where(eq(reviews.id, review.id)))[0]!.likeCount).toBe(1);
    const [ratedStats] = await getDb().select().from(filmRatingStats).where(eq(filmRatingStats.filmId, rated.id));
    expect(ratedStats?.ratingCount ?? 0).toBe(0);
    for (const [table, column] of [
      [reviewLikes, reviewLikes.userId],
      [follows, follows.followerId],
      [follows, follows.followeeId],
      [notifications, notifications.actorId],
      [watchlistEntries, watchlistEntries.userId],
      [diaryEntries, diaryEntries.userId],
      [filmLists, filmLists.userId],
      [sessions, sessions.userId],
    ] as const) {
      expect(await getDb().$count(table, inArray(column, [member.id]))).toBe(0);
    }
    // Nobody can sign in as them, find a profile, or be told the old name or address is taken.
    expect(await findAccountForSignIn(member.username)).toBeUndefined();
    expect(await findAccountByEmail(member.email)).toBeUndefined();
    expect(await getUserByUsername(`deleted_${member.id}`)).toBeUndefined();
    expect(
      await createAccount({ username: member.username, email: member.email, password: "a long enough passphrase" }),
    ).toMatchObject({ ok: true });
  });
});
