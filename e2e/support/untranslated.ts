// No English left: on a page in Czech or Korean, no text, label or title is an interface message in its English
// wording. Data stays as it is (an English plot, a member's review), so only whole texts are compared, and only with
// messages a language translates differently ("Drama" is Czech too). The public and the admin messages both count.
import { expect, type Page } from "@playwright/test";
import adminCs from "../../messages/admin/cs.json" with { type: "json" };
import adminEn from "../../messages/admin/en.json" with { type: "json" };
import adminKo from "../../messages/admin/ko.json" with { type: "json" };
import cs from "../../messages/cs.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ko from "../../messages/ko.json" with { type: "json" };

export type MessageTree = { [key: string]: string | MessageTree };

function leaves(tree: MessageTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * The English texts that would be a message left untranslated if a page in the `translated` language showed them:
 * not those the language writes the same for any message ("Role" is English for one and Czech for another).
 */
export function englishOnlyMessages(english: MessageTree, translated: MessageTree) {
  const ownTexts = new Set(leaves(translated).map(([, text]) => text));
  return new Set(
    leaves(english)
      // Whole sentences and labels; a message with arguments or markup never shows as it is written.
      .filter(([, text]) => !ownTexts.has(text) && !/[{<]/.test(text) && text.length > 2)
      .map(([, text]) => text),
  );
}

const ENGLISH = { ...en, ...adminEn } as MessageTree;

const LANGUAGES = {
  cs: englishOnlyMessages(ENGLISH, { ...cs, ...adminCs }),
  ko: englishOnlyMessages(ENGLISH, { ...ko, ...adminKo }),
};

export type TranslatedLanguage = keyof typeof LANGUAGES;

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

export async function expectNoEnglish(page: Page, language: TranslatedLanguage) {
  const english = (await shownTexts(page)).filter((text) => LANGUAGES[language].has(text));
  expect(english, `English left on ${page.url()}`).toEqual([]);
}
