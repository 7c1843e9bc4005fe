import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import sharp from "sharp";
import { create, extract } from "tar";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase } from "@/db/client";
import { knownMigrations, migrateDatabaseUpTo } from "@/db/migrate";
import { saveImage } from "@/db/mutations/stored-images";
import { saveReviewWith } from "@/db/mutations/reviews";
import { ensureDatabaseExists, type DatabaseServer } from "@/db/postgres-server";
import { films } from "@/db/schema";
import { seedDemoCatalogue } from "@/db/seed";
import { MANIFEST_FILE, type BackupManifest } from "@/lib/backup-manifest";
import { restoreDatabase } from "@/scripts/backup/restore-backup";
import { backupDatabase } from "@/scripts/backup/take-backup";
import { createUser } from "../support/factories";
import { startPrivateEmbeddedServer } from "../support/private-embedded-server";
import { testServer } from "../support/scratch-database";
import { tableSnapshot } from "../support/table-snapshot";
import { createTestDatabase } from "../support/test-databases";

const ROUND_TRIP_TIMEOUT_MS = 180_000;

async function withSql<Result>(url: string, work: (sql: postgres.Sql) => Promise<Result>) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** Everything a restore must bring back: each table's rows and checksum, the migrations journal, the sequences. */
function databaseFingerprint(url: string) {
  return withSql(url, async (sql) => ({
    tables: await tableSnapshot(sql),
    migrations: await sql`select id, hash, created_at from drizzle.__drizzle_migrations order by id`,
    sequences:
      await sql`select sequencename, last_value from pg_sequences where schemaname = 'public' order by sequencename`,
  }));
}

/** Every stored image's bytes, by file name. */
async function imageFiles(directory: string) {
  const files: Record<string, Buffer> = {};
  for (const name of (await readdir(directory)).sort()) files[name] = await readFile(path.join(directory, name));
  return files;
}

/** The demo catalogue as members and an admin change it: a review edited once, a rating alone, an uploaded poster. */
async function buildCommunity(url: string) {
  const { db, sql } = createDatabase(url, { maxConnections: 1 });
  try {
    await seedDemoCatalogue(db);
    const [film] = await db.select().from(films).limit(1);
    const critic = await createUser({}, db);
    const rater = await createUser({}, db);
    const review = { userId: critic.id, filmId: film!.id, hasSpoilers: false };
    await db.transaction((tx) => saveReviewWith(tx, { ...review, rating: 6, body: "Slow, then \t wonderful.\n" }));
    await db.transaction((tx) => saveReviewWith(tx, { ...review, rating: 8, body: "Wonderful — «vraiment» \\ 🎬" }));
    await db.transaction((tx) => saveReviewWith(tx, { userId: rater.id, filmId: film!.id, rating: 3 }));
    const png = await sharp({ create: { width: 400, height: 600, channels: 3, background: "#aa3366" } })
      .png()
      .toBuffer();
    const poster = await saveImage(png, "poster", { source: "upload" }, db);
    if (!poster.ok) throw new Error(poster.error);
    await db.update(films).set({ poster: poster.url }).where(eq(films.id, film!.id));
  } finally {
    await sql.end();
  }
}

type Fingerprint = Awaited<ReturnType<typeof databaseFingerprint>>;
const EMBEDDED = "an embedded PostgreSQL (the default install's)";
const servers: [string, () => Promise<DatabaseServer>][] = [
  ["the test server (TEST_DATABASE_URL: the machine's PostgreSQL in CI)", async () => testServer()],
  [EMBEDDED, startPrivateEmbeddedServer],
];
/** Each disaster's archive and what it held, by server: kept for the restore across major versions below. */
const takenOn = new Map<string, { archive: string; before: Fingerprint; posters: Record<string, Buffer> }>();
let archives: string;

beforeAll(async () => {
  archives = await mkdtemp(path.join(tmpdir(), "marquee-archives-"));
});

afterAll(async () => {
  await rm(archives, { recursive: true, force: true });
});

describe.each(servers)("a disaster on %s", (serverName, openServer) => {
  let server: DatabaseServer;
  let directory: string;
  let imageDirectory: string;

  beforeAll(async () => {
    server = await openServer();
    directory = await mkdtemp(path.join(tmpdir(), "marquee-disaster-"));
    imageDirectory = path.join(directory, "posters");
    vi.stubEnv("POSTER_DIR", imageDirectory);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it(
    "loses the database and the posters, and a restore brings back every row and every poster's bytes",
    async () => {
      const database = await createTestDatabase(server, "disaster");
      await buildCommunity(database.url);
      const before = await databaseFingerprint(database.url);
      const posters = await imageFiles(imageDirectory);
      const archive = path.join(archives, `${takenOn.size}`, "marquee.tar.gz");

      const manifest = await backupDatabase(database.url, archive, { imageDirectory });
      await database.drop();
      await rm(imageDirectory, { recursive: true });
      await ensureDatabaseExists(server, database.name);
      const counts = await restoreDatabase(database.url, archive, { imageDirectory });

      try {
        expect(Object.keys(posters)).toHaveLength(1);
        expect(manifest.images.map((image) => image.name)).toEqual(Object.keys(posters));
        expect(await imageFiles(imageDirectory)).toEqual(posters);
        const after = await databaseFingerprint(database.url);
        for (const table of Object.keys(before.tables))
          expect(after.tables[table], table).toEqual(before.tables[table]);
        expect(after).toEqual(before);
        for (const table of manifest.tables) {
          expect(counts[table.name], table.name).toBe((before.tables[table.name] as { rows: number }).rows);
          expect(table.rows, table.name).toBe(counts[table.name]);
        }
        expect(counts.review_revisions).toBe(1);
        takenOn.set(serverName, { archive, before, posters });
      } finally {
        await database.drop();
      }
    },
    ROUND_TRIP_TIMEOUT_MS,
  );
});

describe("an archive from the embedded PostgreSQL", () => {
  it(
    "restores into the test server's major version (the way across PostgreSQL upgrades)",
    async ({ skip }) => {
      const taken = takenOn.get(EMBEDDED);
      if (!taken) skip("the embedded disaster above did not complete");
      const imageDirectory = path.join(archives, "across-versions-posters");
      const target = await createTestDatabase(testServer(), "across_versions", { migrated: false });
      try {
        await restoreDatabase(target.url, taken!.archive, { imageDirectory });

        expect(await databaseFingerprint(target.url)).toEqual(taken!.before);
        expect(await imageFiles(imageDirectory)).toEqual(taken!.posters);
      } finally {
        await target.drop();
      }
    },
    ROUND_TRIP_TIMEOUT_MS,
  );
});

/** A copy of the archive, unpacked, changed by `edit` and packed again: well-formed, so only the manifest can tell. */
async function editedArchive(archive: string, edit: (unpacked: string) => Promise<void>) {
  const unpacked = await mkdtemp(path.join(tmpdir(), "marquee-edited-"));
  try {
    await extract({ file: archive, cwd: unpacked });
    await edit(unpacked);
    const edited = path.join(path.dirname(archive), `edited-${path.basename(unpacked)}.tar.gz`);
    await create({ file: edited, cwd: unpacked, gzip: true }, await readdir(unpacked));
    return edited;
  } finally {
    await rm(unpacked, { recursive: true, force: true });
  }
}

async function editManifest(unpacked: string, edit: (manifest: BackupManifest) => BackupManifest) {
  const file = path.join(unpacked, MANIFEST_FILE);
  await writeFile(file, JSON.stringify(edit(JSON.parse(await readFile(file, "utf8")) as BackupManifest)));
}

describe("a restore", () => {
  let directory: string;
  let imageDirectory: string;
  let archive: string;
  const drops: (() => Promise<void>)[] = [];

  async function database(purpose: string) {
    const created = await createTestDatabase(testServer(), purpose);
    drops.push(created.drop);
    await withSql(created.url, (sql) => sql`insert into films (slug, title, year) values ('kept-2001', 'Kept', 2001)`);
    return created;
  }

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "marquee-refusals-"));
    imageDirectory = path.join(directory, "posters");
    archive = path.join(directory, "small.tar.gz");
    await backupDatabase((await database("backup_small")).url, archive, { imageDirectory });
  });

  afterAll(async () => {
    await Promise.all(drops.map((drop) => drop()));
    await rm(directory, { recursive: true, force: true });
  });

  /** Expects the restore to fail with `message` and the target database to be as it was. */
  async function expectRefusal(file: string, message: string | RegExp) {
    const target = await database("restore_target");
    const before = await databaseFingerprint(target.url);
    await expect(restoreDatabase(target.url, file, { imageDirectory })).rejects.toThrow(message);
    expect(await databaseFingerprint(target.url)).toEqual(before);
  }

  it("refuses an archive cut short, saying it is incomplete", async () => {
    const cut = path.join(directory, "cut.tar.gz");
    await writeFile(cut, await readFile(archive));
    await truncate(cut, Math.floor((await readFile(archive)).length / 2));

    await expectRefusal(cut, "cut.tar.gz is incomplete: it ends early, as a copy cut short does.");
  });

  it("refuses an archive with one byte flipped, saying it is damaged", async () => {
    const bytes = await readFile(archive);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const flipped = path.join(directory, "flipped.tar.gz");
    await writeFile(flipped, bytes);

    await expectRefusal(flipped, /^flipped\.tar\.gz is damaged: /);
  });

  it("refuses a well-formed archive whose table data does not match its checksum", async () => {
    const edited = await editedArchive(archive, async (unpacked) => {
      const file = path.join(unpacked, "tables", "films.copy");
      await writeFile(file, (await readFile(file, "utf8")).replace("Kept", "Kapt"));
    });

    await expectRefusal(edited, `${path.basename(edited)} is damaged: tables/films.copy does not match its checksum.`);
  });

  it("refuses an archive of a newer migration, naming the newest this app knows", async () => {
    const newest = (await knownMigrations()).at(-1)!;
    const edited = await editedArchive(archive, (unpacked) =>
      editManifest(unpacked, (manifest) => ({
        ...manifest,
        migration: { ...manifest.migration, tag: "9999_future", createdAt: newest.createdAt + 1 },
      })),
    );

    await expectRefusal(
      edited,
      `${path.basename(edited)} was made by a newer Marquee (its database is at migration 9999_future, ` +
        `this one knows up to ${newest.tag}): upgrade Marquee, then restore it.`,
    );
  });

  it("loads an archive of an older migration at that migration, then migrates it forward", async () => {
    const known = await knownMigrations();
    const older = await createTestDatabase(testServer(), "backup_older", { migrated: false });
    drops.push(older.drop);
    await migrateDatabaseUpTo(older.url, known.at(-2)!.tag);
    await withSql(older.url, (sql) => sql`insert into films (slug, title, year) values ('older-2002', 'Older', 2002)`);
    const olderArchive = path.join(directory, "older.tar.gz");
    const manifest = await backupDatabase(older.url, olderArchive, { imageDirectory });
    const target = await createTestDatabase(testServer(), "restore_older", { migrated: false });
    drops.push(target.drop);

    await restoreDatabase(target.url, olderArchive, { imageDirectory });

    expect(manifest.migration.tag).toBe(known.at(-2)!.tag);
    const restored = await withSql(target.url, async (sql) => ({
      films: await sql`select slug from films`,
      migrations: await sql`select created_at::bigint::float8 as "createdAt" from drizzle.__drizzle_migrations`,
    }));
    expect(restored.films).toEqual([{ slug: "older-2002" }]);
    expect(restored.migrations.map((row) => row.createdAt)).toEqual(known.map((step) => step.createdAt));
  });
});
