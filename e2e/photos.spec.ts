// People's photos: uploaded by an admin, shown to everyone on the person page, beside search results and in the
// search box's suggestions, drawn as initials without one, and taken back through the audit log like any edit.
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { field, signInAsDemoMember } from "./support/forms";
import { getAsStranger } from "../scripts/stranger-get";

test("an admin uploads a person's photo; everyone sees it, and a revert brings back the initials", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const name = `Photo Person ${suffix}`;
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/people/new");
  await field(page, "Name").fill(name);
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The person is created." })).toBeVisible();

  const photoSection = page.getByRole("region", { name: "Photo" });
  const portrait = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#31597a" } })
    .png()
    .toBuffer();
  await photoSection
    .getByLabel("Image file")
    .setInputFiles({ name: "portrait.png", mimeType: "image/png", buffer: portrait });
  await photoSection.getByRole("button", { name: "Upload photo" }).click();
  // Resizing and encoding the image takes a few seconds of CPU on a busy machine; what is checked is that it ends saved.
  await expect(page.getByRole("status").filter({ hasText: "The photo is saved." })).toBeVisible({ timeout: 20_000 });

  await page.getByRole("link", { name: "Public page" }).click();
  const personPath = `/people/photo-person-${suffix}`;
  await expect(page).toHaveURL(new RegExp(`${personPath}$`));
  const photo = page.getByRole("img", { name: `Photo of ${name}` });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  // Through next/image: resized, in a modern format, with a choice of widths.
  expect(await photo.getAttribute("srcset")).toMatch(/\/_next\/image\?url=%2Fphotos%2F[0-9a-f]{64}\.webp/);
  const stranger = await getAsStranger(`${baseURL}${personPath}`);
  // Blurred from a few pixels sent in the page itself until the photo has loaded.
  const photoTag = stranger.body.match(new RegExp(`<img[^>]*alt="Photo of ${name}"[^>]*>`))?.[0] ?? "";
  expect(photoTag).toMatch(/background-image:url\(.*data:image\/svg\+xml.*feGaussianBlur.*data:image\/webp;base64/);

  // Beside the search result, as a thumbnail without words of its own (the link names the person).
  await page.goto(`/search?q=${encodeURIComponent(name)}&type=people`);
  const result = page.getByRole("region", { name: "People" }).getByRole("listitem").first();
  await expect(result.locator("img")).toHaveAttribute("alt", "");

  // And beside the header box's suggestion.
  const box = page.getByRole("search", { name: "Site" }).getByRole("combobox");
  await box.fill(name);
  await expect(page.getByRole("listbox").getByRole("option", { name }).locator("img")).toHaveAttribute("alt", "");

  await page.goto(personPath);
  await page.getByRole("link", { name: "Edit person" }).click();
  await page.getByRole("link", { name: "History" }).click();
  const changes = page.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await changes.first().getByRole("button", { name: "Revert this change" }).click();
  await expect(changes.first()).toContainText("revert person");
  await page.goto(personPath);
  await expect(page.getByRole("img", { name: `Photo of ${name}` })).toHaveCount(0);
  // Drawn initials stand in: the first and last names' first letters.
  await expect(page.getByTestId("person-initials")).toHaveText(`P${suffix[0]!.toUpperCase()}`);
});
