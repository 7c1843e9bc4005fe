import { expect, test } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";

// A person's other names ("also known as"): added by an admin in the person editor, then seen by everyone at once on
// the person's page, and found by search.
test("an admin adds another name, which a visitor then sees on the person's page and finds them by", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  // A person of the test's own: naming a demo person would change pages other tests check.
  const name = `Nomen Testa ${suffix}`;
  const otherName = `Aliud ${[...suffix].reverse().join("")}`;
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/people/new");
  await field(page, "Name").fill(name);
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The person is created." })).toBeVisible();

  // A visitor with no cookies, who has seen the person's page before the edit.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const personPath = `/people/nomen-testa-${suffix}`;
  await visitor.goto(personPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(visitor.getByText("Also known as")).toHaveCount(0);

  const editor = page.getByRole("region", { name: "Other names" });
  await editor.getByRole("button", { name: "Add a name" }).click();
  await editor.getByRole("button", { name: "Save other names" }).click();
  await expect(editor.getByText("Enter the name, or remove it.")).toBeVisible();
  await editor.getByLabel("Also known as").fill(otherName);
  await editor.getByLabel("Kind of name").selectOption({ label: "Stage name" });
  await editor.getByRole("button", { name: "Save other names" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The other names are saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Other names" }).getByLabel("Also known as")).toHaveValue(otherName);

  await visitor.reload();
  await expect(visitor.getByText(`Also known as ${otherName}`)).toBeVisible();
  const structuredData = await visitor.locator('script[type="application/ld+json"]').allTextContents();
  expect(structuredData.map((json) => JSON.parse(json))).toContainEqual(
    expect.objectContaining({ "@type": "Person", name, alternateName: [otherName] }),
  );

  await visitor.goto(`/search?q=${encodeURIComponent(otherName)}&type=people`);
  const people = visitor.getByRole("region", { name: "People" }).filter({ visible: true });
  await expect(people.getByRole("link", { name })).toBeVisible();
  await expect(people.getByText(`Also known as ${otherName}`)).toBeVisible();
  await visitorContext.close();
});
