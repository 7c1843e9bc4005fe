import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { field, signInAsDemoMember } from "./support/forms";

/**
 * Two people who are one, each credited on a film of their own: made in the database, as an import that missed the
 * duplicate would have left them.
 */
async function stageDuplicatePeople() {
  const suffix = Date.now().toString(36);
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const credited = async (name: string, title: string) => {
      const slug = name.toLowerCase().replace(/ /g, "-");
      const [person] = await sql`insert into people (slug, name) values (${slug}, ${name}) returning id`;
      const filmSlug = `${title.toLowerCase().replace(/ /g, "-")}-2032`;
      const [film] = await sql`insert into films (slug, title, year) values (${filmSlug}, ${title}, 2032) returning id`;
      await sql`insert into credits (film_id, person_id, role) values (${film!.id}, ${person!.id}, 'director')`;
      return { id: Number(person!.id), slug, name, film: { slug: filmSlug, title } };
    };
    return {
      kept: await credited(`Kept Director ${suffix}`, `Kept Picture ${suffix}`),
      duplicate: await credited(`Duplicate Director ${suffix}`, `Duplicate Picture ${suffix}`),
    };
  } finally {
    await sql.end();
  }
}

function filmography(page: Page) {
  return page.getByRole("region", { name: "Filmography" });
}

test("an admin merges a duplicate person, reverts the merge from the audit log, and a visitor sees both again", async ({
  page,
  browser,
}) => {
  test.slow();
  const { kept, duplicate } = await stageDuplicatePeople();
  // A visitor who is not the admin: no cookies, so they see what everyone sees, the cached pages too.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/people/${duplicate.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(duplicate.name);
  await visitor.goto(`/people/${kept.slug}`);
  await expect(filmography(visitor).getByRole("link", { name: duplicate.film.title })).toHaveCount(0);
  await visitor.goto(`/films/${duplicate.film.slug}`);
  await expect(visitor.getByRole("link", { name: duplicate.name })).toBeVisible();

  await signInAsDemoMember(page, "admin");
  await page.goto(`/admin/people/${duplicate.id}`);
  await page.getByText("Merge into…").click();
  await field(page, "Person to keep").fill(kept.slug);
  await page.getByRole("button", { name: /^Merge and delete/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "The duplicate is merged into this person." })).toBeVisible();

  await visitor.goto(`/people/${duplicate.slug}`);
  await expect(visitor).toHaveURL(new RegExp(`/people/${kept.slug}$`));
  await expect(filmography(visitor).getByRole("link", { name: duplicate.film.title })).toBeVisible();
  await visitor.goto(`/films/${duplicate.film.slug}`);
  await expect(visitor.getByRole("link", { name: kept.name })).toBeVisible();

  await page.goto(`/admin/audit?entity=person&id=${duplicate.id}`);
  const changes = page.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await expect(changes.first()).toContainText(`merge person #${duplicate.id}`);
  await changes.first().getByRole("button", { name: "Revert this change" }).click();
  await expect(changes.first()).toContainText(`revert person #${duplicate.id}`);

  await visitor.goto(`/people/${duplicate.slug}`);
  await expect(visitor).toHaveURL(new RegExp(`/people/${duplicate.slug}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(duplicate.name);
  await expect(filmography(visitor).getByRole("link", { name: duplicate.film.title })).toBeVisible();
  await visitor.goto(`/people/${kept.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(kept.name);
  await expect(filmography(visitor).getByRole("link", { name: kept.film.title })).toBeVisible();
  await expect(filmography(visitor).getByRole("link", { name: duplicate.film.title })).toHaveCount(0);
  await visitor.goto(`/films/${duplicate.film.slug}`);
  await expect(visitor.getByRole("link", { name: duplicate.name })).toBeVisible();
  await expect(visitor.getByRole("link", { name: kept.name })).toHaveCount(0);
});
