// A member's pages name each film as the reader's language knows it, as the catalogue's pages do: a Czech reader sees
// Amélie as "Amélie z Montmartru" on the member's profile, ratings, diary, year, watchlist and lists, a Korean reader
// as 아멜리에, and the English pages keep the catalogue's title.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";

const LANGUAGES = ["en", "cs", "ko"] as const;
type Language = (typeof LANGUAGES)[number];

interface Film {
  path: string;
  year: number;
  titles: Record<Language, string>;
}

const AMELIE: Film = {
  path: "/films/amelie-2001",
  year: 2001,
  titles: { en: "Amélie", cs: "Amélie z Montmartru", ko: "아멜리에" },
};
const PARASITE: Film = {
  path: "/films/parasite-2019",
  year: 2019,
  titles: { en: "Parasite", cs: "Parazit", ko: "기생충" },
};

// The answer to a click, then what the film page fetches again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** The path in the language: English at the root, the others under their code. */
function inLanguage(language: Language, path: string) {
  return language === "en" ? path : `/${language}${path}`;
}

function filmLink(scope: Locator, film: Film, language: Language) {
  return scope.getByRole("link", { name: `${film.titles[language]} (${film.year})`, exact: true }).first();
}

/**
 * The film is named in the language and in no other; its local title is marked with its language, which the English
 * title, the page's own language, is not.
 */
async function expectNamedIn(scope: Locator, film: Film, language: Language) {
  await expect(filmLink(scope, film, language)).toBeVisible();
  for (const other of LANGUAGES.filter((each) => each !== language)) {
    await expect(filmLink(scope, film, other)).toHaveCount(0);
  }
  const marked = scope.locator("[lang]", { hasText: film.titles[language] });
  if (language === "en") await expect(marked).toHaveCount(0);
  else await expect(marked.first()).toHaveAttribute("lang", language);
}

/**
 * A new member who logged Amélie rated and reviewed, put it on their watchlist and a new list, and rated Parasite
 * without a review: the path of the list's edit page, and the year the viewing is filed under.
 */
async function memberWithFilms(page: Page) {
  const username = await createMember("polyglot");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto(AMELIE.path);
  await expect(page.getByText("You have not logged this film yet.")).toBeVisible(ANSWERED);
  const diaryForm = page.getByRole("form", { name: "Log a viewing" });
  await diaryForm.getByRole("radio", { name: "4 stars out of 5", exact: true }).click();
  await diaryForm.getByLabel("Review (optional)").fill("Paris as a fairy tale, told with a straight face.");
  await diaryForm.getByRole("button", { name: "Log viewing" }).click();
  await expect(page.getByRole("list", { name: "Your viewings" }).getByRole("listitem")).toHaveCount(1, ANSWERED);

  await page.getByRole("button", { name: "Add to watchlist" }).click();
  await expect(page.getByText("On your watchlist")).toBeVisible(ANSWERED);

  const listTitle = `Paris ${Date.now().toString(36)}`;
  const adder = page.locator("details").filter({ hasText: "Add to a list" });
  await adder.getByText("Add to a list").click();
  await adder.getByLabel("New list’s title").fill(listTitle);
  await adder.getByRole("button", { name: "Add to list" }).click();
  await expect(adder.getByRole("status").filter({ hasText: "Added." })).toBeVisible(ANSWERED);
  const editPath = await adder.getByRole("link", { name: "Edit the list" }).getAttribute("href");

  await page.goto(PARASITE.path);
  await page.getByRole("group", { name: "Your rating" }).getByRole("radio", { name: "4 stars out of 5" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved: 4 stars out of 5.");

  // The diary files the viewing under the browser's day.
  const year = await page.evaluate(() => new Date().getFullYear());
  return { username, listTitle, editPath: editPath!, year };
}

test("a different visitor sees a member's films titled in the page's language on every page about the member", async ({
  page,
  browser,
}) => {
  // A dozen pages in each of three languages: long on a busy machine.
  test.slow();
  const { username, listTitle, year } = await memberWithFilms(page);
  const visitor = await (await browser.newContext()).newPage();
  const main = visitor.getByRole("main");
  await visitor.goto(`/users/${username}/lists`);
  const listPath = (await main.getByRole("link", { name: listTitle }).getAttribute("href"))!;

  for (const language of LANGUAGES) {
    await visitor.goto(inLanguage(language, `/users/${username}`));
    await expectNamedIn(main, AMELIE, language);
    // Parasite, rated without a review: named in the language too (as plain text, BareRatings taking a label).
    await expect(filmLink(main, PARASITE, language)).toBeVisible();

    await visitor.goto(inLanguage(language, `/users/${username}/ratings`));
    await expectNamedIn(main, AMELIE, language);
    await expectNamedIn(main, PARASITE, language);

    for (const path of [
      `/users/${username}/diary`,
      `/users/${username}/year/${year}`,
      `/users/${username}/watchlist`,
      listPath,
    ]) {
      await visitor.goto(inLanguage(language, path));
      await expectNamedIn(main, AMELIE, language);
    }

    const listFeed = await (await visitor.request.get(inLanguage(language, `${listPath}/feed.xml`))).text();
    expect(listFeed).toContain(`<title>${AMELIE.titles[language]} (2001)</title>`);
    const memberFeed = await (await visitor.request.get(inLanguage(language, `/users/${username}/feed.xml`))).text();
    expect(memberFeed).toContain(`${AMELIE.titles[language]} (2001)`);
  }
  await visitor.context().close();
});

test("the member's own diary, watchlist and list editor, and a follower's activity, name films in the page's language", async ({
  page,
  browser,
}) => {
  test.slow();
  const { username, editPath } = await memberWithFilms(page);
  const main = page.getByRole("main");
  for (const language of LANGUAGES) {
    for (const path of ["/diary", "/watchlist", editPath]) {
      await page.goto(inLanguage(language, path));
      await expectNamedIn(main, AMELIE, language);
    }
  }
  await page.goto(inLanguage("cs", "/diary"));
  await expect(main.getByRole("button", { name: /^Smazat zhlédnutí filmu Amélie z Montmartru ze dne / })).toBeVisible();

  const follower = await (await browser.newContext()).newPage();
  await signIn(follower, await createMember("follower"), MEMBER_PASSWORD);
  await follower.goto(`/users/${username}`);
  await follower.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(follower.getByText(`You follow @${username}`)).toBeVisible(ANSWERED);
  for (const language of LANGUAGES) {
    await follower.goto(inLanguage(language, "/activity"));
    await expectNamedIn(follower.getByRole("main"), AMELIE, language);
    await expectNamedIn(follower.getByRole("main"), PARASITE, language);
  }

  // The follower likes the member's review: the member's notification names the film in the page's language.
  await follower.goto(`/users/${username}`);
  const reviewHref = await follower.locator('main a[href^="/reviews/"]').first().getAttribute("href");
  await follower.goto(reviewHref!);
  await follower.getByRole("button", { name: "Like this review" }).click();
  await expect(follower.getByText("You like this review")).toBeVisible(ANSWERED);
  for (const language of LANGUAGES) {
    await page.goto(inLanguage(language, "/notifications"));
    const notices = page.getByRole("main").getByRole("listitem");
    await expect(notices.filter({ hasText: `${AMELIE.titles[language]} (2001)` })).toHaveCount(1);
  }
  await follower.context().close();
});
