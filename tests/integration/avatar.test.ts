// A member's avatar: uploaded in Settings, checked and resized as posters are (lib/image-files.ts) but cut to a
// square, shown on their profile and reviews, removed, and carried by the backup like every stored picture.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { getReviewById, getUserByUsername } from "@/db/queries/reviews";
import { storedImages, users } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { IMAGE_MAX_BYTES } from "@/lib/image-files";
import { rateLimits } from "@/lib/rate-limits";
import { backupDatabase } from "@/scripts/backup/take-backup";
import { signedInAs, updateTag } from "../support/action-stubs";
import { createFilm, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";
import { awayFromWindowEnd } from "../support/rate-limit-window";

// The actions run for real against the database and the disk; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
const { removeAvatarAction, uploadAvatarAction } = await import("@/app/[locale]/settings/avatar-actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let imageDirectory: string;

beforeAll(async () => {
  scratch = await createScratchDatabase("avatar");
  process.env.DATABASE_URL = scratch.url;
  imageDirectory = await mkdtemp(path.join(tmpdir(), "marquee-avatars-"));
  process.env.POSTER_DIR = imageDirectory;
});

afterAll(async () => {
  delete process.env.POSTER_DIR;
  await getDb().$client.end();
  await scratch?.drop();
  if (imageDirectory) await rm(imageDirectory, { recursive: true, force: true });
});

beforeEach(() => {
  updateTag.mockClear();
});

/** A PNG of one colour, of any size: made here, so the repository holds no picture. */
async function png(width: number, height: number, background = "#336699") {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

function avatarForm(bytes: Buffer | string, name = "me.png") {
  const form = new FormData();
  form.set("avatar", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name));
  return form;
}

/** A PNG of a few kilobytes whose header claims `width`×`height`: decoding it would take gigabytes. */
function pixelFlood(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const framed = Buffer.alloc(typed.length + 8);
    framed.writeUInt32BE(data.length, 0);
    typed.copy(framed, 4);
    framed.writeUInt32BE(crc32(typed), typed.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2], 8); // 8 bits a channel, RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(width * 3 + 1))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function avatarOf(userId: number) {
  const [user] = await getDb().select({ avatar: users.avatar }).from(users).where(eq(users.id, userId));
  return user!.avatar;
}

/** The stored file behind an avatar's address. */
function fileOf(avatar: string) {
  return path.join(imageDirectory, path.basename(avatar));
}

describe("uploading an avatar", () => {
  it("stores a large image cut to a centred square of 256 pixels, and makes it the member's", async () => {
    const member = signedInAs(await createUser());
    // A wide picture: its centre is red, its sides blue; the square keeps the red.
    const wide = await sharp(await png(1200, 600, "#0000ff"))
      .composite([{ input: await png(600, 600, "#ff0000"), left: 300, top: 0 }])
      .png()
      .toBuffer();
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(wide))).toMatchObject({ ok: true });

    const avatar = await avatarOf(member.id);
    expect(avatar).toMatch(/^\/avatars\/[0-9a-f]{64}\.webp$/);
    const stored = sharp(await readFile(fileOf(avatar!)));
    expect(await stored.metadata()).toMatchObject({ format: "webp", width: 256, height: 256 });
    const { dominant } = await stored.stats();
    expect(dominant.r).toBeGreaterThan(200);
    expect(dominant.b).toBeLessThan(60);
    const [record] = await getDb().select().from(storedImages).where(eq(storedImages.url, avatar!));
    expect(record).toMatchObject({ width: 256, height: 256, source: "upload" });
    expect(record!.placeholder).toMatch(/^data:image\/webp;base64,/);
  });

  it("never enlarges a small picture: a 150×300 one becomes 150×150", async () => {
    const member = signedInAs(await createUser());
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(150, 300, "#228833")))).toMatchObject({
      ok: true,
    });
    const stored = await sharp(await readFile(fileOf((await avatarOf(member.id))!))).metadata();
    expect(stored).toMatchObject({ width: 150, height: 150 });
  });

  it("refreshes the member's profile and review pages, and the pages of the films they reviewed", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    await createReview({ filmId: film.id, userId: member.id, body: "Seen twice." });
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(300, 300)))).toMatchObject({ ok: true });
    const tags = updateTag.mock.calls.map(([tag]) => tag);
    expect(tags).toEqual(expect.arrayContaining([cacheTags.user(member.id), cacheTags.film(film.id)]));
  });

  it("refuses a file that is not an image, whatever its name says, and changes nothing", async () => {
    const member = signedInAs(await createUser());
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm("<svg onload=alert(1)></svg>", "me.png"))).toMatchObject({
      ok: false,
      errors: { avatar: ["This file is not a JPEG, PNG, WebP or AVIF image."] },
    });
    expect(await avatarOf(member.id)).toBeNull();
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("refuses an image over 8 MB", async () => {
    const member = signedInAs(await createUser());
    const huge = Buffer.concat([await png(200, 200), Buffer.alloc(IMAGE_MAX_BYTES)]);
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(huge))).toMatchObject({
      ok: false,
      errors: { avatar: ["The image is over 8 MB; make it smaller."] },
    });
    expect(await avatarOf(member.id)).toBeNull();
  });

  it("refuses a small file that claims more pixels than any photo, before decoding it", async () => {
    const member = signedInAs(await createUser());
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(pixelFlood(10_000, 10_000)))).toMatchObject({
      ok: false,
      errors: { avatar: ["The image is too large: at most 50 megapixels."] },
    });
    expect(await avatarOf(member.id)).toBeNull();
  });

  it("refuses an image too small to show, and an empty file field", async () => {
    const member = signedInAs(await createUser());
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(60, 60)))).toMatchObject({
      ok: false,
      errors: { avatar: ["The image is too small: at least 100×100 pixels."] },
    });
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(Buffer.alloc(0)))).toMatchObject({
      ok: false,
      errors: { avatar: ["Choose an image file."] },
    });
    expect(await avatarOf(member.id)).toBeNull();
  });

  it("refuses a visitor, who is asked to sign in, and stores nothing", async () => {
    signedInAs(undefined);
    const before = await getDb().$count(storedImages);
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(200, 200, "#123456")))).toMatchObject({
      ok: false,
      errors: { form: ["Your session has ended: sign in again."] },
    });
    expect(await removeAvatarAction(NOT_POSTED, new FormData())).toMatchObject({
      ok: false,
      errors: { form: ["Your session has ended: sign in again."] },
    });
    expect(await getDb().$count(storedImages)).toBe(before);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("changes only the signed-in member's avatar: another member cannot change mine", async () => {
    const mine = await createUser({ avatar: `/avatars/${"a".repeat(64)}.webp` });
    const other = signedInAs(await createUser());
    // A field naming someone else is no part of the form: the action knows only the session's member.
    const upload = avatarForm(await png(200, 200, "#654321"));
    upload.set("userId", String(mine.id));
    expect(await uploadAvatarAction(NOT_POSTED, upload)).toMatchObject({ ok: true });
    const removal = new FormData();
    removal.set("userId", String(mine.id));
    expect(await removeAvatarAction(NOT_POSTED, removal)).toMatchObject({ ok: true });
    expect(await avatarOf(mine.id)).toBe(`/avatars/${"a".repeat(64)}.webp`);
    expect(await avatarOf(other.id)).toBeNull();
  });

  it("refuses a member changing their avatar more often than the limit", async () => {
    const member = signedInAs(await createUser());
    const { max, message } = rateLimits.avatarChangesPerUser;
    await awayFromWindowEnd(rateLimits.avatarChangesPerUser);
    for (let change = 0; change < max; change += 1) {
      expect(await removeAvatarAction(NOT_POSTED, new FormData())).toMatchObject({ ok: true });
    }
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(200, 200)))).toMatchObject({
      ok: false,
      errors: { form: [message] },
    });
    expect(await avatarOf(member.id)).toBeNull();
  });
});

describe("removing an avatar", () => {
  it("takes the member back to their initial, on the profile and the review page alike", async () => {
    const member = signedInAs(await createUser());
    const review = await createReview({ filmId: (await createFilm()).id, userId: member.id, body: "Again." });
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(400, 400, "#abcdef")))).toMatchObject({
      ok: true,
    });
    const avatar = (await avatarOf(member.id))!;
    // What the pages read: the address and its blurred preview.
    const withAvatar = { avatar, avatarPlaceholder: expect.stringMatching(/^data:image\/webp;base64,/) };
    expect(await getUserByUsername(member.username)).toMatchObject(withAvatar);
    expect((await getReviewById(review.id))!.author).toMatchObject(withAvatar);

    updateTag.mockClear();
    expect(await removeAvatarAction(NOT_POSTED, new FormData())).toMatchObject({ ok: true });
    expect(await avatarOf(member.id)).toBeNull();
    expect(updateTag).toHaveBeenCalledWith(cacheTags.user(member.id));
    const withoutAvatar = { avatar: null, avatarPlaceholder: null };
    expect(await getUserByUsername(member.username)).toMatchObject(withoutAvatar);
    expect((await getReviewById(review.id))!.author).toMatchObject(withoutAvatar);
  });
});

describe("the backup", () => {
  it("carries avatars' files with the posters' (scripts/backup archives every stored picture)", async () => {
    const member = signedInAs(await createUser());
    expect(await uploadAvatarAction(NOT_POSTED, avatarForm(await png(220, 220, "#fedcba")))).toMatchObject({
      ok: true,
    });
    const name = path.basename((await avatarOf(member.id))!);
    const archives = await mkdtemp(path.join(tmpdir(), "marquee-avatar-backup-"));
    try {
      const manifest = await backupDatabase(scratch.url, path.join(archives, "marquee.tar.gz"), { imageDirectory });
      expect(manifest.images.map((image) => image.name)).toContain(name);
    } finally {
      await rm(archives, { recursive: true, force: true });
    }
  });
});
