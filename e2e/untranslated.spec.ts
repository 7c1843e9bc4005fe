import { expect, test } from "@playwright/test";
import cs from "../messages/cs.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import ko from "../messages/ko.json" with { type: "json" };
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { expectNoEnglish } from "./support/untranslated";

// No page a visitor or a member reads in Czech or Korean keeps an English message (the check: support/untranslated.ts).

const PUBLIC_PAGES = [
  "",
  "/films/escape-2024",
  "/films/escape-2024/reviews",
  "/people/lee-jong-pil",
  "/search?q=escape",
  "/charts",
  "/genres",
  "/genres/drama",
  "/countries/kr",
  "/discover",
  "/sign-in",
  "/sign-up",
  "/users/kenji",
];

for (const language of ["cs", "ko"] as const) {
  test(`no page a visitor reads in ${language} keeps an English message`, async ({ page }) => {
    test.slow();
    for (const path of PUBLIC_PAGES) {
      await page.goto(`/${language}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expectNoEnglish(page, language);
    }
    await page.goto(`/${language}/films/no-such-film-1999`);
    await expectNoEnglish(page, language);
  });

  test(`a member's rating and review form in ${language}, with a field error, keep no English message`, async ({
    page,
  }) => {
    // A member of the test's own, who has neither rated nor reviewed the film.
    await signIn(page, await createMember(`words_${language}`), MEMBER_PASSWORD);
    await page.goto(`/${language}/films/ikiru-1952`);
    const messages = { cs, ko }[language];
    const box = page.getByRole("region", { name: messages.ReviewForm.heading });
    await expect(box.getByRole("radio").first()).toBeVisible();
    await expectNoEnglish(page, language);

    // No rating chosen: the server says so in the page's language. The browser would stop the post first (the stars
    // are required), so the form skips its checks here, as one posted by a script would.
    await box.getByLabel(messages.ReviewForm.body, { exact: true }).fill("A quiet film that stays.");
    await box.locator("form").evaluate((form: HTMLFormElement) => {
      form.noValidate = true;
    });
    await box.getByRole("button", { name: messages.ReviewForm.save }).click();
    const englishError = "Choose a rating.";
    const key = Object.entries(en.Errors).find(([, text]) => text === englishError)![0] as keyof typeof en.Errors;
    await expect(box.getByText(messages.Errors[key])).toBeVisible();
    await expectNoEnglish(page, language);
  });
}
