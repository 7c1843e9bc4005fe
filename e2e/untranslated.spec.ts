import { expect, test, type Page } from "@playwright/test";
import cs from "../messages/cs.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import ko from "../messages/ko.json" with { type: "json" };
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";

// No English left: on every kind of page in Czech and Korean, no text, label or title is an interface message in its
// English wording. Data stays as it is (an English plot, a member's review), so only whole texts are compared, and
// only with messages a language translates differently ("Drama" is Czech too).

type MessageTree = { [key: string]: string | MessageTree };

function leaves(tree: MessageTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

function englishOnlyMessages(translated: MessageTree) {
  const translations = new Map(leaves(translated));
  return new Set(
    leaves(en as MessageTree)
      // Whole sentences and labels; a message with arguments or markup never shows as it is written.
      .filter(([key, text]) => translations.get(key) !== text && !/[{<]/.test(text) && text.length > 2)
      .map(([, text]) => text),
  );
}

const LANGUAGES = { cs: englishOnlyMessages(cs), ko: englishOnlyMessages(ko) };

async function shownTexts(page: Page) {
  return page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("script, style, template, [hidden]")) continue;
      texts.push(node.textContent ?? "");
    }
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
      for (const name of ["aria-label", "placeholder", "title", "alt"]) texts.push(element.getAttribute(name) ?? "");
    }
    return texts.map((text) => text.trim()).filter(Boolean);
  });
}

async function expectNoEnglish(page: Page, language: keyof typeof LANGUAGES) {
  const english = (await shownTexts(page)).filter((text) => LANGUAGES[language].has(text));
  expect(english, `English left on ${page.url()}`).toEqual([]);
}

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
