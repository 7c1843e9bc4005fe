import { expect, test } from "@playwright/test";
import postgres from "postgres";

// Renaming arrives with curation; until then the test renames a film in the database, as the admin action will.
test("a renamed film answers at its old slug with a permanent redirect to the new one", async ({ page, request }) => {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const [film] =
      await sql`insert into films (slug, title, year) values ('renamed-film-2031', 'Renamed Film', 2031) returning id`;
    await sql`insert into slug_redirects (old_slug, film_id) values ('first-name-2031', ${film!.id})`;
  } finally {
    await sql.end();
  }
  const response = await request.get("/films/first-name-2031", { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers()["location"]).toMatch(/\/films\/renamed-film-2031$/);

  await page.goto("/films/first-name-2031");
  await expect(page).toHaveURL(/\/films\/renamed-film-2031$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed Film (2031)");
});
