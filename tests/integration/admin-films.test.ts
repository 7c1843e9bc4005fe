import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createFilm, updateFilm } from "@/db/mutations/films";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { auditLog, films, slugRedirects } from "@/db/schema";
import { filmSnapshotSchema, type FilmFields } from "@/lib/validation/films";
import { demoAdmin } from "../support/demo-accounts";

const fields: FilmFields = {
  title: "Concurrency Test",
  originalTitle: null,
  year: 2019,
  releaseDate: null,
  runtimeMinutes: 90,
  genres: ["drama"],
  countries: ["CZ"],
};

describe("admin film edits", () => {
  it("create with an audit row, rename with a redirect from the old slug", async () => {
    const actorId = (await demoAdmin()).id;
    const created = await createFilm({ actorId, fields });
    expect(created.slug).toBe("concurrency-test-2019");
    const opened = (await readFilmSnapshot(getDb(), created.id))!;
    expect(opened.snapshot).toMatchObject({ title: "Concurrency Test", genres: ["drama"], countries: ["CZ"] });

    const renamed = await updateFilm({
      actorId,
      filmId: created.id,
      version: opened.version,
      fields: { ...fields, title: "Concurrency Test Redux" },
    });
    expect(renamed).toMatchObject({ ok: true, slug: "concurrency-test-redux-2019", oldSlug: "concurrency-test-2019" });
    const redirects = await getDb().select().from(slugRedirects).where(eq(slugRedirects.filmId, created.id));
    expect(redirects.map((redirect) => redirect.oldSlug)).toEqual(["concurrency-test-2019"]);
    const audit = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "film"), eq(auditLog.entityId, created.id)))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update"]);
    expect(audit[1]!.before).toMatchObject({ title: "Concurrency Test" });
    expect(audit[1]!.after).toMatchObject({ title: "Concurrency Test Redux" });
    // What a revert reads back from the log is a valid film.
    expect(filmSnapshotSchema.parse(audit[1]!.before)).toMatchObject({
      title: "Concurrency Test",
      runtimeMinutes: 90,
      releaseDate: null,
    });
  });

  it("refuse the second of two edits made from the same version, and write nothing for it", async () => {
    const actorId = (await demoAdmin()).id;
    const created = await createFilm({ actorId, fields: { ...fields, title: "Two Editors" } });
    const opened = (await readFilmSnapshot(getDb(), created.id))!;

    const [first, second] = await Promise.all([
      updateFilm({
        actorId,
        filmId: created.id,
        version: opened.version,
        fields: { ...fields, title: "Two Editors", runtimeMinutes: 101 },
      }),
      updateFilm({
        actorId,
        filmId: created.id,
        version: opened.version,
        fields: { ...fields, title: "Two Editors", runtimeMinutes: 102 },
      }),
    ]);
    const outcomes = [first, second].map((result) => (result.ok ? "saved" : result.reason)).sort();
    expect(outcomes).toEqual(["changed", "saved"]);
    const refused = [first, second].find((result) => !result.ok)!;
    const winner = first.ok ? 101 : 102;
    if (refused.ok || refused.reason !== "changed") throw new Error("expected a refusal");
    expect(refused.current.runtimeMinutes).toBe(winner);

    const [film] = await getDb()
      .select({ runtimeMinutes: films.runtimeMinutes })
      .from(films)
      .where(eq(films.id, created.id));
    expect(film!.runtimeMinutes).toBe(winner);
    const updates = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, "update")));
    expect(updates).toHaveLength(1);
  });
});
