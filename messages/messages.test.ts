import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { messagesFor } from ".";
import adminCs from "./admin/cs.json";
import adminEn from "./admin/en.json";
import adminKo from "./admin/ko.json";
import en from "./en.json";

type Tree = { [key: string]: string | Tree };

/** Every message of a tree by its dotted key, as next-intl looks it up. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** The names a message's text takes as arguments ({year}, {count, plural, …}, <link>…</link>). */
function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, names);
  }
  return names;
}

const english = flatten(messagesFor("en"));

describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s messages", (locale) => {
  const translated = flatten(messagesFor(locale));

  it("have every key of the English ones, and no other", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("take the same arguments as the English ones, in valid ICU syntax", () => {
    for (const [key, text] of english) {
      const translation = translated.get(key);
      if (translation === undefined) continue;
      expect([...argumentNames(parse(translation))].sort(), `${locale} ${key}`).toEqual(
        [...argumentNames(parse(text))].sort(),
      );
    }
  });
});

describe("the admin messages", () => {
  const englishAdmin = flatten(adminEn);

  it.each([
    ["cs", adminCs],
    ["ko", adminKo],
  ])("in %s have every key of the English ones, and no other", (_, translated) => {
    expect([...flatten(translated).keys()].sort()).toEqual([...englishAdmin.keys()].sort());
  });

  it("hold only Admin… namespaces, none of which a public message file has too", () => {
    const namespaces = Object.keys(adminEn);
    expect(namespaces.filter((namespace) => !/^Admin[A-Z]/.test(namespace))).toEqual([]);
    expect(namespaces.filter((namespace) => namespace in en)).toEqual([]);
  });
});
