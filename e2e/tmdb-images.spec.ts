// Pictures from TMDB, end to end: the operator runs `npm run db:import -- --format tmdb-images` against (here) a local
// server answering TMDB's documented shapes, and every visitor then sees the poster and the photo on the pages, each
// credited to TMDB with a link to its page there, as TMDB's terms ask.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { createDatabase } from "../db/client";
import { externalIds } from "../db/schema";
import { getAsStranger } from "../scripts/stranger-get";
import { pictureBytes, startFakeTmdb, TMDB_API_KEY } from "../tests/fixtures/import/fake-tmdb";
import { createFilm, createPerson } from "../tests/support/factories";

test("an import of TMDB's pictures shows them to every visitor, credited to TMDB", async ({ page, baseURL }) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const [filmImdbId, personImdbId] = [`tt9${Date.now() % 1e7}`, `nm9${Date.now() % 1e7}`];
  const { db, sql } = createDatabase(process.env.DATABASE_URL!, { maxConnections: 1 });
  const film = await createFilm({ title: `Imported Poster ${suffix}`, year: 2001 }, db);
  const person = await createPerson({ name: `Imported Photo ${suffix}` }, db);
  await db.insert(externalIds).values([
    { source: "imdb", externalId: filmImdbId, filmId: film.id },
    { source: "imdb", externalId: personImdbId, personId: person.id },
  ]);
  await sql.end();

  const tmdb = await startFakeTmdb(
    {
      [filmImdbId]: { movie: { id: 4100, title: film.title, poster_path: "/poster.jpg" } },
      [personImdbId]: { person: { id: 4200, name: person.name, profile_path: "/profile.png" } },
    },
    { "/poster.jpg": await pictureBytes("jpeg", "#7a3131"), "/profile.png": await pictureBytes("png", "#31597a") },
  );
  try {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/import.ts", "--format", "tmdb-images"], {
      env: { ...process.env, TMDB_API_KEY, TMDB_API_URL: tmdb.url },
    });
    expect(stdout).toMatch(/posters: 1 imported/);
    expect(stdout).toMatch(/photos: 1 imported/);
  } finally {
    await tmdb.close();
  }

  for (const [path, alt, credit] of [
    [`/films/${film.slug}`, `Poster of ${film.title} (2001)`, "https://www.themoviedb.org/movie/4100"],
    [`/people/${person.slug}`, `Photo of ${person.name}`, "https://www.themoviedb.org/person/4200"],
  ] as const) {
    // A visitor with no cookies on a connection of their own gets the picture and its credit at once.
    const stranger = await getAsStranger(`${baseURL}${path}`);
    expect(stranger.body, path).toContain(`alt="${alt}"`);
    expect(stranger.body, path).toContain(`href="${credit}"`);
    await page.goto(path);
    const picture = page.getByRole("img", { name: alt });
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole("link", { name: "TMDB", exact: true })).toHaveAttribute("href", credit);
  }
  await page.goto("/about/credits");
  await expect(
    page.getByText("This product uses the TMDB API but is not endorsed or certified by TMDB."),
  ).toBeVisible();
});
