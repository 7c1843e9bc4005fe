// Every rating of a member, a page of its own for each order and page, and fresh for everyone after each rating.
import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { field, signIn, signInAsDemoMember } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { expectStrangerSees } from "./support/stranger";

// A demo member with more ratings than a page holds (24, at 20 a page), whose ratings no other spec changes.
const MEMBER = "midnight_reels";
const RATINGS = `/users/${MEMBER}/ratings`;

function ratingRows(page: Page) {
  return page.getByRole("list", { name: "Ratings" }).getByRole("listitem");
}

async function filmsListed(page: Page) {
  return ratingRows(page)
    .getByRole("link")
    .filter({ hasText: /\(\d{4}\)$/ })
    .allTextContents();
}

test("a member's ratings are paged newest first, and sort by rating or by title", async ({ page }) => {
  await page.goto(`/users/${MEMBER}`);
  await page.getByRole("link", { name: "All 24 ratings" }).click();
  await expect(page).toHaveURL(new RegExp(`${RATINGS}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ratings by Midnight Reels");
  await expect(ratingRows(page)).toHaveCount(20);
  expect((await filmsListed(page))[0]).toBe("Escape (2024)");
  await expect(ratingRows(page).first().getByRole("img", { name: "3 stars out of 5" })).toBeVisible();
  const dates = await ratingRows(page)
    .locator("time")
    .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(dates).toEqual([...dates].sort().reverse());

  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(new RegExp(`${RATINGS}/date/2$`));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${RATINGS}/date/2$`));
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  expect(await filmsListed(page)).toEqual([
    "The Host (2006)",
    "Mad Max: Fury Road (2015)",
    "Oldboy (2003)",
    "Pan's Labyrinth (2006)",
  ]);

  await page.getByRole("navigation", { name: "Sort ratings" }).getByRole("link", { name: "Highest rated" }).click();
  await expect(page).toHaveURL(new RegExp(`${RATINGS}/rating/1$`));
  // Of two 10s, the newer first.
  expect((await filmsListed(page)).slice(0, 2)).toEqual(["The Godfather (1972)", "The Shining (1980)"]);
  const stars = await ratingRows(page)
    .getByRole("img")
    .evaluateAll((images) => images.map((image) => image.ariaLabel!));
  const values = stars.map((label) => (label.startsWith("Trash") ? 0 : Number.parseFloat(label)));
  expect(values).toEqual([...values].sort((a, b) => b - a));

  await page.getByRole("navigation", { name: "Sort ratings" }).getByRole("link", { name: "Title" }).click();
  await expect(page).toHaveURL(new RegExp(`${RATINGS}/title/1$`));
  expect((await filmsListed(page)).slice(0, 3)).toEqual([
    "2001: A Space Odyssey (1968)",
    "City of God (2002)",
    "Crouching Tiger, Hidden Dragon (2000)",
  ]);
});

test("an order or a page the list does not have is a real 404", async ({ request }) => {
  for (const path of [
    `${RATINGS}/sideways/1`,
    `${RATINGS}/date/3`,
    `${RATINGS}/date/0`,
    `${RATINGS}/date/two`,
    "/users/no_such_member/ratings",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get(`${RATINGS}/title/2`)).status()).toBe(200);
});

test("a member rates and re-rates a film, and a different visitor sees it on their ratings at once", async ({
  page,
  browser,
  baseURL,
}) => {
  const username = await createMember("ratings_page");
  const ratingsUrl = `${baseURL}/users/${username}/ratings`;
  // A visitor of their own, with nothing shared with the member's browser; their visit caches the empty page.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(ratingsUrl);
  await expect(visitor.getByText("No ratings yet.")).toBeVisible();

  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto("/films/ikiru-1952");
  const stars = page.getByRole("group", { name: "Your rating" });
  for (const rating of ["4 stars out of 5", "2.5 stars out of 5"]) {
    await stars.getByRole("radio", { name: rating }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText(`Saved: ${rating}.`);
    await expectStrangerSees(
      ratingsUrl,
      ({ body }) => new RegExp(`href="/films/ikiru-1952".*?aria-label="${rating}"`, "s").test(body),
      `the rating of ${rating}`,
      Date.now(),
    );
    await visitor.reload();
    const row = ratingRows(visitor).filter({ hasText: "Ikiru (1952)" });
    await expect(row.getByRole("img", { name: rating })).toBeVisible();
  }
  await expect(ratingRows(visitor)).toHaveCount(1);
  await visitor.context().close();
});

/** A film of its own, rated years ago by a member of its own, made in the database. */
async function stageRatedFilm() {
  const suffix = Date.now().toString(36);
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const title = `Renamed Later ${suffix}`;
    const [film] = await sql`
      insert into films (slug, title, year) values (${`renamed-later-${suffix}-2032`}, ${title}, 2032) returning id`;
    const username = `rater_${suffix}`;
    const [user] = await sql`
      insert into users (username, email) values (${username}, ${`${username}@example.com`}) returning id`;
    // Dated years ago, so that it does not lead the home page's latest reviews, which other tests walk from.
    await sql`
      insert into reviews (film_id, user_id, rating, created_at, updated_at)
      values (${film!.id}, ${user!.id}, 7, '2015-01-01', '2015-01-01')`;
    return { filmId: Number(film!.id), title, username };
  } finally {
    await sql.end();
  }
}

test("an admin renames a film, and a different visitor sees the new title on the profiles of those who rated it", async ({
  page,
  baseURL,
}) => {
  const { filmId, title, username } = await stageRatedFilm();
  const pages = [`${baseURL}/users/${username}`, `${baseURL}/users/${username}/ratings`];
  // A stranger's visits cache both pages with the old title.
  for (const url of pages) {
    await expectStrangerSees(url, ({ body }) => body.includes(title), "the old title", Date.now());
  }

  await signInAsDemoMember(page, "admin");
  await page.goto(`/admin/films/${filmId}`);
  const newTitle = title.replace("Renamed Later", "Retitled");
  await field(page, "Title").fill(newTitle);
  await page.getByRole("button", { name: "Save film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
  const savedAt = Date.now();

  // Both at once: each page's deadline counts from the save, so one slow render must not eat the other's time.
  await Promise.all(
    pages.map((url) => expectStrangerSees(url, ({ body }) => body.includes(newTitle), "the new title", savedAt)),
  );
});
