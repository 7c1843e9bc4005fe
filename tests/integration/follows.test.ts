// Following members, and what follows from it: the actions' own rules (who may call them is in the authorisation
// matrix, server-actions.test.ts), the followed member's notification, the followers pages, and the activity of the
// people a member follows. On a database of its own.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { deleteAccount } from "@/db/mutations/accounts";
import { followMember, unfollowMember } from "@/db/mutations/follows";
import { activityPositionOf, listFollowedActivity, type ActivityPosition } from "@/db/queries/activity";
import { markNotificationsRead } from "@/db/mutations/notification-reads";
import { notify } from "@/db/mutations/notifications";
import { countFollows, listFollowedRatings, listFollowMembers } from "@/db/queries/follows";
import {
  countUnreadNotifications,
  listNotifications,
  notificationPositionOf,
  type NotificationPosition,
} from "@/db/queries/notifications";
import { diaryEntries, filmListItems, filmLists, follows, notifications } from "@/db/schema";
import { signedInAs, updateTag } from "../support/action-stubs";
import { createFilm, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";

// The actions run for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
const { followAction, unfollowAction } = await import("@/app/[locale]/users/[username]/follow-actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("follows");
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

function memberForm(userId: number) {
  const form = new FormData();
  form.set("userId", String(userId));
  return form;
}

async function followRows(followeeId: number) {
  return getDb().select().from(follows).where(eq(follows.followeeId, followeeId));
}

async function followNotices(userId: number, actorId: number) {
  return getDb()
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, "follow"), eq(notifications.actorId, actorId)));
}

describe("following a member", () => {
  it("follows once however often it is posted, tells the followed member once, and refreshes both members' pages", async () => {
    const anna = signedInAs(await createUser());
    const ben = await createUser();
    updateTag.mockClear();

    expect(await followAction(NOT_POSTED, memberForm(ben.id))).toMatchObject({ ok: true });
    expect(updateTag.mock.calls.map(([tag]) => tag).sort()).toEqual([`follows:${anna.id}`, `follows:${ben.id}`]);
    const [first] = await followRows(ben.id);
    updateTag.mockClear();
    expect(await followAction(NOT_POSTED, memberForm(ben.id))).toMatchObject({ ok: true });

    // The second post changed nothing, so it refreshed nothing, and the follow keeps its first date.
    expect(updateTag).not.toHaveBeenCalled();
    expect(await followRows(ben.id)).toEqual([first]);
    expect(await followNotices(ben.id, anna.id)).toHaveLength(1);
    expect(await countFollows(ben.id)).toEqual({ followerCount: 1, followingCount: 0 });
    expect(await countFollows(anna.id)).toEqual({ followerCount: 0, followingCount: 1 });
  });

  it("refuses to follow yourself, in the action and in the mutation alike", async () => {
    const anna = signedInAs(await createUser());
    expect(await followAction(NOT_POSTED, memberForm(anna.id))).toMatchObject({
      ok: false,
      errors: { form: ["You cannot follow yourself."] },
    });
    expect(await followMember({ followerId: anna.id, followeeId: anna.id })).toEqual({ ok: false, reason: "self" });
    expect(await followRows(anna.id)).toEqual([]);
  });

  it("refuses to follow an account that does not exist", async () => {
    signedInAs(await createUser());
    expect(await followAction(NOT_POSTED, memberForm(2_000_000_000))).toMatchObject({
      ok: false,
      errors: { form: ["This member’s account no longer exists."] },
    });
  });

  it("unfollowing takes back the unread notice, so follow, unfollow, follow says 'followed you' once", async () => {
    const anna = signedInAs(await createUser());
    const ben = await createUser();
    await followAction(NOT_POSTED, memberForm(ben.id));
    expect(await unfollowAction(NOT_POSTED, memberForm(ben.id))).toMatchObject({ ok: true });
    expect(await followRows(ben.id)).toEqual([]);
    expect(await followNotices(ben.id, anna.id)).toEqual([]);

    await followAction(NOT_POSTED, memberForm(ben.id));
    expect(await followNotices(ben.id, anna.id)).toHaveLength(1);
    // Unfollowing someone you do not follow is no error, and refreshes nothing.
    const cara = await createUser();
    updateTag.mockClear();
    expect(await unfollowAction(NOT_POSTED, memberForm(cara.id))).toMatchObject({ ok: true });
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("a notice already read stays when the follower unfollows: it was seen", async () => {
    const anna = await createUser();
    const ben = await createUser();
    await followMember({ followerId: anna.id, followeeId: ben.id });
    await getDb().update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, ben.id));
    expect(await unfollowMember({ followerId: anna.id, followeeId: ben.id })).toBe(true);
    expect(await followNotices(ben.id, anna.id)).toEqual([{ id: expect.any(Number), readAt: expect.any(Date) }]);
  });

  it("an account deleted leaves the follows of both sides, naming the members whose counts it changed", async () => {
    const [leaving, followed, follower] = [await createUser(), await createUser(), await createUser()];
    await followMember({ followerId: leaving.id, followeeId: followed.id });
    await followMember({ followerId: follower.id, followeeId: leaving.id });
    const deleted = await deleteAccount(leaving.id);
    expect(deleted).toMatchObject({ ok: true });
    expect(deleted.ok && [...deleted.followMemberIds].sort()).toEqual([followed.id, follower.id].sort());
    expect(await countFollows(followed.id)).toEqual({ followerCount: 0, followingCount: 0 });
    expect(await followNotices(followed.id, leaving.id)).toEqual([]);
  });

  it("lists a member's followers and following latest first, a page at a time", async () => {
    const star = await createUser();
    const fans = [await createUser(), await createUser(), await createUser()];
    for (const [index, fan] of fans.entries()) {
      await getDb()
        .insert(follows)
        .values({ followerId: fan.id, followeeId: star.id, createdAt: new Date(Date.UTC(2026, 0, index + 1)) });
    }
    const firstPage = await listFollowMembers(star.id, "followers", { page: 1, pageSize: 2 });
    expect(firstPage.total).toBe(3);
    expect(firstPage.members.map(({ member }) => member.id)).toEqual([fans[2]!.id, fans[1]!.id]);
    const secondPage = await listFollowMembers(star.id, "followers", { page: 2, pageSize: 2 });
    expect(secondPage.members.map(({ member }) => member.id)).toEqual([fans[0]!.id]);
    const following = await listFollowMembers(fans[0]!.id, "following", { page: 1, pageSize: 2 });
    expect(following).toMatchObject({ total: 1, members: [{ member: { id: star.id, username: star.username } }] });
  });
});

describe("the activity of the people a member follows", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 12, minute));

  /** A follower of `friend`, and a stranger nobody follows, both active. */
  async function stageFriends() {
    const [reader, friend, stranger] = [await createUser(), await createUser(), await createUser()];
    await getDb().insert(follows).values({ followerId: reader.id, followeeId: friend.id });
    return { reader, friend, stranger };
  }

  async function publicList(userId: number, isPublic = true) {
    const [list] = await getDb()
      .insert(filmLists)
      .values({ userId, slug: `list-${userId}-${isPublic}`, title: isPublic ? "Favourites" : "Secret", isPublic })
      .returning();
    return list!;
  }

  it("lists ratings, reviews, viewings and films added to public lists, newest first", async () => {
    const { reader, friend, stranger } = await stageFriends();
    const [rated, reviewed, logged, listed] = [
      await createFilm(),
      await createFilm(),
      await createFilm(),
      await createFilm(),
    ];
    const rating = await createReview({ userId: friend.id, filmId: rated.id, rating: 6, createdAt: at(1) });
    const review = await createReview({
      userId: friend.id,
      filmId: reviewed.id,
      rating: 9,
      body: "Worth it.",
      createdAt: at(2),
    });
    await getDb()
      .insert(diaryEntries)
      .values({
        userId: friend.id,
        filmId: logged.id,
        watchedOn: "2026-12-03",
        rewatch: true,
        rating: 8,
        createdAt: at(3),
      });
    const list = await publicList(friend.id);
    await getDb()
      .insert(filmListItems)
      .values({ listId: list.id, filmId: listed.id, position: 1, addedAt: at(4) });
    // What a stranger nobody follows does is not shown.
    await createReview({ userId: stranger.id, filmId: rated.id, rating: 2, body: "Nope.", createdAt: at(5) });

    const { items, olderCursor } = await listFollowedActivity(reader.id, { pageSize: 10 });

    expect(olderCursor).toBeUndefined();
    expect(items).toEqual([
      {
        key: `listed-${list.id}-${listed.id}`,
        kind: "listed",
        at: at(4),
        member: { username: friend.username, displayName: null },
        film: expect.objectContaining({ id: listed.id, slug: listed.slug }),
        list: { slug: list.slug, title: "Favourites" },
      },
      expect.objectContaining({ kind: "logged", at: at(3), watchedOn: "2026-12-03", rewatch: true, rating: 8 }),
      expect.objectContaining({ kind: "reviewed", at: at(2), reviewId: review.id, rating: 9 }),
      expect.objectContaining({ kind: "rated", at: at(1), reviewId: rating.id, rating: 6 }),
    ]);
  });

  it("never shows a hidden review or a private list", async () => {
    const { reader, friend } = await stageFriends();
    const film = await createFilm();
    await createReview({ userId: friend.id, filmId: film.id, body: "Hidden by a moderator.", status: "hidden" });
    const secret = await publicList(friend.id, false);
    await getDb().insert(filmListItems).values({ listId: secret.id, filmId: film.id, position: 1 });
    expect((await listFollowedActivity(reader.id, { pageSize: 10 })).items).toEqual([]);
  });

  it("pages by position, so rows at the same moment are neither skipped nor repeated", async () => {
    const { reader, friend } = await stageFriends();
    const films = [await createFilm(), await createFilm(), await createFilm(), await createFilm(), await createFilm()];
    // Three at the very same microsecond, two later.
    const moments = [at(10), at(10), at(10), at(11), at(12)];
    for (const [index, film] of films.entries()) {
      await createReview({ userId: friend.id, filmId: film.id, createdAt: moments[index] });
    }
    const seen: number[] = [];
    let before: ActivityPosition | undefined;
    for (let page = 0; page < 5; page++) {
      const listed = await listFollowedActivity(reader.id, { before, pageSize: 2 });
      seen.push(...listed.items.map((item) => item.film.id));
      before = activityPositionOf(listed.olderCursor);
      if (!before) break;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(films.map((film) => film.id)));
    expect(seen.slice(0, 2)).toEqual([films[4]!.id, films[3]!.id]);
  });
});

describe("friends' ratings of a film", () => {
  it("are the visible ratings of the members one follows, highest first, and nobody else's", async () => {
    const [reader, liked, disliked, hidden, stranger] = [
      await createUser(),
      await createUser(),
      await createUser(),
      await createUser(),
      await createUser(),
    ];
    const film = await createFilm();
    await getDb()
      .insert(follows)
      .values([liked, disliked, hidden].map((friend) => ({ followerId: reader.id, followeeId: friend.id })));
    await createReview({ userId: liked.id, filmId: film.id, rating: 9, body: "Loved it." });
    await createReview({ userId: disliked.id, filmId: film.id, rating: 3 });
    await createReview({ userId: hidden.id, filmId: film.id, rating: 10, status: "hidden" });
    await createReview({ userId: stranger.id, filmId: film.id, rating: 1 });
    await createReview({ userId: liked.id, filmId: (await createFilm()).id, rating: 2 });

    expect(await listFollowedRatings(reader.id, film.id)).toEqual([
      expect.objectContaining({ username: liked.username, rating: 9, hasText: true }),
      expect.objectContaining({ username: disliked.username, rating: 3, hasText: false }),
    ]);
    expect(await listFollowedRatings(stranger.id, film.id)).toEqual([]);
  });
});

describe("a member's notifications", () => {
  it("list follows and likes newest first with their film, page by position, and count what is unread", async () => {
    const author = await createUser();
    const fans = [await createUser(), await createUser(), await createUser()];
    const film = await createFilm({ title: "Noticed" });
    const review = await createReview({ userId: author.id, filmId: film.id, body: "Read me." });
    for (const fan of fans) {
      await getDb().transaction((tx) => notify(tx, { kind: "follow", userId: author.id, actorId: fan.id }));
    }
    await getDb().transaction((tx) =>
      notify(tx, { kind: "review-like", userId: author.id, actorId: fans[0]!.id, reviewId: review.id }),
    );
    expect(await countUnreadNotifications(author.id)).toBe(4);

    const seen: string[] = [];
    let before: NotificationPosition | undefined;
    for (let page = 0; page < 4; page++) {
      const listed = await listNotifications(author.id, { before, pageSize: 3 });
      seen.push(...listed.notifications.map((notice) => `${notice.kind} ${notice.actor.username}`));
      if (page === 0) {
        expect(listed.notifications[0]).toMatchObject({
          kind: "review-like",
          reviewId: review.id,
          film: { title: "Noticed", slug: film.slug },
        });
      }
      before = notificationPositionOf(listed.olderCursor);
      if (!before) break;
    }
    expect(seen).toEqual([
      `review-like ${fans[0]!.username}`,
      ...fans.toReversed().map((fan) => `follow ${fan.username}`),
    ]);

    const { notifications: shown } = await listNotifications(author.id, { pageSize: 2 });
    // Another member's ids are ignored.
    await markNotificationsRead(
      fans[1]!.id,
      shown.map((notice) => notice.id),
    );
    expect(await countUnreadNotifications(author.id)).toBe(4);
    await markNotificationsRead(
      author.id,
      shown.map((notice) => notice.id),
    );
    expect(await countUnreadNotifications(author.id)).toBe(2);
  });
});
