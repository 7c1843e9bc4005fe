import { expect, test } from "@playwright/test";
import { permalinkOf } from "./support/reviews";

test("a visitor moves from home to a film, its director, back to the film, a review and its author, by links only", async ({
  page,
}) => {
  await page.goto("/");
  const latestReview = page.getByRole("region", { name: "Latest reviews" }).getByRole("article").first();
  const filmLink = latestReview.getByRole("link").first();
  const filmName = (await filmLink.textContent())!;
  await filmLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(filmName);

  const director = page
    .getByRole("definition")
    .filter({ has: page.getByRole("link") })
    .first()
    .getByRole("link")
    .first();
  const directorName = (await director.textContent())!;
  await director.click();
  await expect(page).toHaveURL(/\/people\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(directorName);

  const [title] = filmName.split(/ \(\d{4}\)$/);
  await page
    .getByRole("region", { name: "Filmography" })
    .getByRole("link", { name: title, exact: true })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(filmName);

  const review = page.getByRole("region", { name: "Reviews" }).getByRole("article").first();
  const authorName = (await review.getByRole("link").first().textContent())!;
  await permalinkOf(review).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(filmName);

  await page.getByRole("article").getByRole("link", { name: authorName, exact: true }).first().click();
  await expect(page).toHaveURL(/\/users\/\w+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(authorName);

  await page.goBack();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a film page links to its genre, country and year pages, which list it", async ({ page }) => {
  await page.goto("/films/escape-2024");
  await page.getByRole("link", { name: "Thriller" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thriller films");
  await expect(page.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();

  await page.goto("/films/escape-2024");
  await page.getByRole("link", { name: "South Korea" }).click();
  await expect(page).toHaveURL(/\/countries\/kr$/);
  await expect(page.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();

  await page.goto("/films/escape-2024");
  await page.getByRole("link", { name: "2024", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Films of 2024");
  await expect(page.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();
});

test("film reviews can be sorted, and every sort keeps its reviews on the page", async ({ page }) => {
  // The query string links shared before are sent to the order's own address.
  await page.goto("/films/escape-2024/reviews?sort=lowest");
  await expect(page).toHaveURL(/\/films\/escape-2024\/reviews\/lowest\/1\?sort=lowest$/);
  const ratings = page.getByRole("article").getByRole("img");
  await expect(ratings.first()).toBeVisible();
  const labels = await ratings.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label") ?? ""));
  const stars = labels.map((label) => (label.startsWith("Trash") ? 0 : Number.parseFloat(label)));
  expect(stars).toEqual([...stars].sort((a, b) => a - b));
});

test("a person's filmography can be filtered by role and sorted by title", async ({ page }) => {
  await page.goto("/people/bong-joon-ho");
  await expect(page.getByText(/Average rating as director: \d+% over 3 films/)).toBeVisible();
  const filmography = page.getByRole("region", { name: "Filmography" });
  await expect(filmography.getByRole("region", { name: "Director" }).getByRole("listitem")).toHaveCount(3);

  await page
    .getByRole("navigation", { name: "Filter filmography by role" })
    .getByRole("link", { name: "Writer" })
    .click();
  await expect(page).toHaveURL(/\/people\/bong-joon-ho\/filmography\/year\/writer$/);
  await expect(filmography.getByRole("region", { name: "Director" })).toHaveCount(0);
  await expect(filmography.getByRole("region", { name: "Writer" }).getByRole("link")).toHaveText(["Parasite"]);

  await page.getByRole("navigation", { name: "Filter filmography by role" }).getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL(/\/people\/bong-joon-ho$/);
  await page.getByRole("navigation", { name: "Sort filmography" }).getByRole("link", { name: "Title" }).click();
  await expect(page).toHaveURL(/\/people\/bong-joon-ho\/filmography\/title\/all$/);
  await expect(filmography.getByRole("region", { name: "Director" }).getByRole("link")).toHaveText([
    "Memories of Murder",
    "Parasite",
    "The Host",
  ]);

  // Links shared before views had paths of their own still lead to them.
  await page.goto("/people/bong-joon-ho?role=writer");
  await expect(page).toHaveURL(/\/people\/bong-joon-ho\/filmography\/year\/writer\?role=writer$/);
  await expect(filmography.getByRole("region", { name: "Writer" }).getByRole("link")).toHaveText(["Parasite"]);
});

test("a genre page can be sorted, each order at an address of its own", async ({ page }) => {
  await page.goto("/genres/drama");
  const firstFilm = page
    .getByRole("main")
    .getByRole("link")
    .filter({ hasText: /\(\d{4}\)/ })
    .first();
  const mostRated = await firstFilm.textContent();
  await page.getByRole("navigation", { name: "Sort films" }).getByRole("link", { name: "Title" }).click();
  await expect(page).toHaveURL(/\/genres\/drama\/list\/title\/1$/);
  await expect(
    page.getByRole("navigation", { name: "Sort films" }).getByRole("link", { name: "Title" }),
  ).toHaveAttribute("aria-current", "true");
  await expect(firstFilm).not.toHaveText(mostRated!);

  // Next carries the old query string along; the page does not read it.
  await page.goto("/genres/drama?sort=title");
  await expect(page).toHaveURL(/\/genres\/drama\/list\/title\/1\?sort=title$/);
});
