import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { field, signInAsDemoMember } from "./support/forms";

/**
 * Two films that are one, each reviewed by a member of its own: made in the database, as an import that missed the
 * duplicate would have left them.
 */
async function stageDuplicateFilms() {
  const suffix = Date.now().toString(36);
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const film = async (title: string, reviewBody: string) => {
      const slug = `${title.toLowerCase().replace(/ /g, "-")}-2031`;
      const [row] = await sql`insert into films (slug, title, year) values (${slug}, ${title}, 2031) returning id`;
      const username = `rev_${title.split(" ")[0]!.toLowerCase()}_${suffix}`;
      const [user] = await sql`
        insert into users (username, email) values (${username}, ${`${username}@example.com`}) returning id`;
      // Written years ago, so that they do not lead the home page's latest reviews, which other tests walk from.
      await sql`
        insert into reviews (film_id, user_id, rating, body, created_at, updated_at)
        values (${row!.id}, ${user!.id}, 8, ${reviewBody}, '2015-01-01', '2015-01-01')`;
      return { id: Number(row!.id), slug, title };
    };
    return {
      kept: await film(`Kept Merge ${suffix}`, `The kept film's review ${suffix}.`),
      duplicate: await film(`Duplicate Merge ${suffix}`, `The duplicate's review ${suffix}.`),
      suffix,
    };
  } finally {
    await sql.end();
  }
}

async function expectFilmPage(page: Page, title: string, reviews: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (2031)`);
  for (const review of reviews) await expect(page.getByText(review)).toBeVisible();
}

test("an admin merges a duplicate film, its old address leads to the kept film, and reverting brings it back", async ({
  page,
  browser,
}) => {
  test.slow();
  const { kept, duplicate, suffix } = await stageDuplicateFilms();
  const keptReview = `The kept film's review ${suffix}.`;
  const duplicateReview = `The duplicate's review ${suffix}.`;
  // A visitor who is not the admin: no cookies, so they see what everyone sees, the cached pages too.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/films/${duplicate.slug}`);
  await expectFilmPage(visitor, duplicate.title, [duplicateReview]);

  await signInAsDemoMember(page, "admin");
  await page.goto(`/admin/films/${duplicate.id}`);
  const merge = page.getByRole("region", { name: "Merge into another film" });
  await field(page, "Film to keep").fill(`/films/${kept.slug}`);
  await merge.getByRole("checkbox").check();
  await merge.getByRole("button", { name: "Merge film" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/films/${kept.id}\\?saved=merged$`));
  await expect(page.getByRole("status").filter({ hasText: "The duplicate is merged into this film." })).toBeVisible();

  await visitor.goto(`/films/${duplicate.slug}`);
  await expect(visitor).toHaveURL(new RegExp(`/films/${kept.slug}$`));
  await expectFilmPage(visitor, kept.title, [keptReview, duplicateReview]);

  await page.goto(`/admin/audit?entity=film&id=${duplicate.id}`);
  const changes = page.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await expect(changes.first()).toContainText(`merge film #${duplicate.id}`);
  await changes.first().getByRole("button", { name: "Revert this change" }).click();
  await expect(changes.first()).toContainText(`revert film #${duplicate.id}`);

  await visitor.goto(`/films/${duplicate.slug}`);
  await expect(visitor).toHaveURL(new RegExp(`/films/${duplicate.slug}$`));
  await expectFilmPage(visitor, duplicate.title, [duplicateReview]);
  await visitor.goto(`/films/${kept.slug}`);
  await expectFilmPage(visitor, kept.title, [keptReview]);
  await expect(visitor.getByText(duplicateReview)).toHaveCount(0);
});
