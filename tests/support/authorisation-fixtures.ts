// Fixtures of the authorisation matrix: a fresh cast of accounts around one member's review, their sessions, forms.
import { and, eq } from "drizzle-orm";
import type { Session } from "next-auth";
import sharp from "sharp";
import { getDb } from "@/db/client";
import { createFilm } from "@/db/mutations/films";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { createPerson } from "@/db/mutations/people";
import { saveReview } from "@/db/mutations/reviews";
import { startSession } from "@/db/mutations/sessions";
import { follows, reviews, users, watchlistEntries } from "@/db/schema";
import { hashPassword } from "@/lib/password";
import { tableSnapshot } from "./table-snapshot";

export const ROLES = ["visitor", "member", "other member", "blocked member", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Every account of a scene signs in with it, so the settings forms can confirm with it. */
export const PASSWORD = "a scene password nobody guesses";

const accountColumns = {
  id: users.id,
  username: users.username,
  role: users.role,
  passwordChangedAt: users.passwordChangedAt,
};
export type Account = { id: number; username: string; role: "user" | "admin"; passwordChangedAt: Date };

export interface Scene {
  /** Unique to the scene, for names that must not collide with another scene's. */
  label: string;
  accounts: Record<Role, Account | undefined>;
  admin: Account;
  film: { id: number; slug: string; title: string };
  /** The member's review of the film: what the member may delete and others may report or moderate. */
  reviewId: number;
}

let sceneCount = 0;
// One argon2id hash for every account of every scene: hashing each would make the matrix crawl.
let passwordHash: Promise<string> | undefined;

/**
 * Four fresh accounts, a fresh film and the member's review of it, so that no case sees what an earlier one did
 * (a deleted account, a changed password, a blocked member).
 */
export async function stageScene(): Promise<Scene> {
  const label = `scene${(sceneCount += 1)}`;
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const account = (name: string, extra: { role?: "admin"; blockedAt?: Date } = {}) => ({
    username: `${label}_${name}`,
    email: `${label}.${name}@example.com`,
    passwordHash: hash,
    ...extra,
  });
  const created = await getDb()
    .insert(users)
    .values([
      account("member"),
      account("other"),
      account("blocked", { blockedAt: new Date() }),
      account("admin", { role: "admin" }),
    ])
    .returning(accountColumns);
  const named = (name: string) => created.find((row) => row.username === `${label}_${name}`)!;
  const admin = named("admin");
  const title = `Authorisation ${label}`;
  const film = await createFilm({
    actorId: admin.id,
    fields: {
      title,
      originalTitle: null,
      year: 2001,
      releaseDate: null,
      runtimeMinutes: 100,
      genres: [],
      countries: [],
    },
  });
  const review = await saveReview({
    userId: named("member").id,
    filmId: film.id,
    rating: 7,
    body: "A review to act on.",
    hasSpoilers: false,
  });
  if (!review.ok) throw new Error(`could not review ${title}`);
  return {
    label,
    accounts: {
      visitor: undefined,
      member: named("member"),
      "other member": named("other"),
      "blocked member": named("blocked"),
      admin,
    },
    admin,
    film: { ...film, title },
    reviewId: review.reviewId,
  };
}

/** The session auth.ts's callbacks make for an account signed in with its password, with its row in `sessions`. */
export async function sessionOf(account: Account): Promise<Session> {
  const sessionId = await startSession({ userId: account.id, userAgent: "the authorisation matrix", address: null });
  return {
    user: { id: String(account.id), username: account.username, role: account.role, sessionId },
    expires: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
  };
}

export type FormFields = Record<string, string | number | Blob | string[]>;

/** A posted form; a list is posted as repeated fields. */
export function formOf(fields: FormFields) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value])
      form.append(name, typeof item === "number" ? String(item) : item);
  }
  return form;
}

export async function filmSnapshot(filmId: number) {
  return readFilmSnapshot(getDb(), filmId);
}

/** What an admin film form posts as the version it was opened at. */
export async function filmVersion(filmId: number) {
  return (await filmSnapshot(filmId))!.version;
}

export async function reviewOf(userId: number, filmId: number) {
  return getDb().query.reviews.findFirst({ where: and(eq(reviews.userId, userId), eq(reviews.filmId, filmId)) });
}

/** The films on an account's watchlist. */
export async function watchlistOf(userId: number) {
  const entries = await getDb()
    .select({ filmId: watchlistEntries.filmId })
    .from(watchlistEntries)
    .where(eq(watchlistEntries.userId, userId));
  return entries.map((entry) => entry.filmId);
}

/** The members an account follows. */
export async function followeesOf(userId: number) {
  const rows = await getDb()
    .select({ followeeId: follows.followeeId })
    .from(follows)
    .where(eq(follows.followerId, userId));
  return rows.map((row) => row.followeeId);
}

export async function createTestPerson(scene: Scene, name: string) {
  const fields = {
    name: `${name} ${scene.label}`,
    originalName: null,
    birthDate: null,
    birthPlace: null,
    deathDate: null,
    deathPlace: null,
    bio: null,
  };
  return (await createPerson({ actorId: scene.admin.id, fields })).id;
}

/** A PNG large enough to be a poster. */
export async function posterImage() {
  const png = await sharp({ create: { width: 200, height: 300, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], "poster.png", { type: "image/png" });
}

/** Row counts and checksums of every table of the app's database. */
export function databaseFingerprint() {
  return tableSnapshot(getDb().$client);
}
