import { expect, test, type Page } from "@playwright/test";
import adminCs from "../messages/admin/cs.json" with { type: "json" };
import adminKo from "../messages/admin/ko.json" with { type: "json" };
import cs from "../messages/cs.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import ko from "../messages/ko.json" with { type: "json" };
import { signInAsDemoMember } from "./support/forms";
import { createMember, reportReview, writeReview } from "./support/members";
import { englishOnlyMessages, expectNoEnglish, type TranslatedLanguage } from "./support/untranslated";

// No admin page in Czech or Korean keeps an English message: every kind of admin page, its empty states, the
// moderation queue with a report in it, and an editor answering with a field error.

const MESSAGES = { cs: { ...cs, ...adminCs }, ko: { ...ko, ...adminKo } };

/** The address of the admin editor a demo film's or person's public page links to ("/admin/films/12"). */
async function editorOf(page: Page, publicPath: string, linkName: string) {
  await page.goto(publicPath);
  const href = await page.getByRole("link", { name: linkName }).getAttribute("href");
  expect(href).toMatch(/^\/admin\/(films|people)\/\d+$/);
  return href!;
}

/** A review of the test's own, reported, so that the queue shows one with its decisions. */
async function reportedReview(language: TranslatedLanguage) {
  const author = await createMember(`admin_words_${language}`);
  const reviewId = await writeReview(author, "ikiru-1952", "A clerk, a park, a swing in the snow.");
  await reportReview(reviewId, "petr_novak");
  return reviewId;
}

test("the check counts only whole English messages that the language never writes the same", () => {
  const english = {
    a: { drama: "Drama", save: "Save film", count: "{count} films", role: "Role", credits: "Credits" },
  };
  const czech = {
    a: { drama: "Drama", save: "Uložit film", count: "{count} filmů", role: "Profese", credits: "Role" },
  };
  expect([...englishOnlyMessages(english, czech)].sort()).toEqual(["Credits", "Save film"]);
});

for (const language of ["cs", "ko"] as const) {
  test(`no admin page in ${language} keeps an English message`, async ({ page }) => {
    // Some twenty admin pages, each rendered per request.
    test.slow();
    const reviewId = await reportedReview(language);
    await signInAsDemoMember(page, "admin");
    const filmEditor = await editorOf(page, "/films/escape-2024", en.FilmFacts.editFilm);
    const personEditor = await editorOf(page, "/people/lee-jong-pil", en.PersonPage.editPerson);
    const filmId = filmEditor.split("/").pop();
    const adminPages = [
      "/admin",
      "/admin/films",
      "/admin/films?q=escape",
      "/admin/films?q=no-such-film-anywhere",
      "/admin/films/new",
      filmEditor,
      "/admin/people",
      "/admin/people?q=no-such-person-anywhere",
      "/admin/people/new",
      personEditor,
      "/admin/users",
      "/admin/users?q=no-such-account-anywhere",
      "/admin/moderation",
      `/admin/moderation/${reviewId}/delete`,
      // Films' changes only: a review's entries show its status as recorded ("hidden"), which is data here.
      "/admin/audit?entity=film",
      `/admin/audit?entity=film&id=${filmId}`,
      "/admin/audit?actor=no-such-admin",
    ];
    for (const path of adminPages) {
      await page.goto(`/${language}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expectNoEnglish(page, language);
    }
  });

  test(`a film's editor in ${language}, with a field error, keeps no English message`, async ({ page }) => {
    const messages = MESSAGES[language];
    await signInAsDemoMember(page, "admin");
    await page.goto(`/${language}${await editorOf(page, "/films/escape-2024", en.FilmFacts.editFilm)}`);

    // A plot without its source: the server says what is missing, in the page's language. Nothing is saved.
    const plots = page.getByRole("region", { name: messages.AdminPlotsEditor.heading });
    await plots.getByRole("button", { name: messages.AdminPlotsEditor.add }).click();
    await plots.getByLabel(messages.AdminPlotsEditor.plot, { exact: true }).last().fill("A plot with no source.");
    await plots.getByRole("button", { name: messages.AdminPlotsEditor.save }).click();
    await expect(plots.getByText(messages.Errors.creditTheSourceEGWikipedia)).toBeVisible();
    await expectNoEnglish(page, language);

    // What the credits editor draws in the browser as the admin types.
    const credits = page.getByRole("region", { name: messages.AdminCreditsEditor.heading });
    await credits.getByLabel(messages.AdminPersonFinder.label).fill("Nobody Yet");
    await expect(credits.getByRole("list", { name: messages.AdminPersonFinder.found })).toBeVisible();
    await expectNoEnglish(page, language);
  });
}
