import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/messages";
import { catalogueNamesIn } from "./catalogue-names";
import type { Locale } from "./locales";

const namesIn = (locale: Locale) =>
  catalogueNamesIn(locale, createTranslator({ locale, messages: messagesFor(locale), namespace: "CatalogueNames" }));

describe("catalogueNamesIn", () => {
  it("names known genres in the page's language, and keeps a genre an import made as the catalogue names it", () => {
    expect(namesIn("cs").genre({ slug: "science-fiction", name: "Science Fiction" })).toBe("Sci-fi");
    expect(namesIn("ko").genre({ slug: "thriller", name: "Thriller" })).toBe("스릴러");
    expect(namesIn("cs").genre({ slug: "kids-tv", name: "Kids' TV" })).toBe("Kids' TV");
  });

  it("names countries from Intl, and those that no longer exist from the messages, not after a successor", () => {
    expect(namesIn("cs").country({ code: "KR", name: "South Korea" })).toBe("Jižní Korea");
    expect(namesIn("ko").country({ code: "CZ", name: "Czech Republic" })).toBe("체코");
    expect(namesIn("cs").country({ code: "CS", name: "Czechoslovakia" })).toBe("Československo");
    expect(namesIn("ko").country({ code: "SU", name: "Soviet Union" })).toBe("소련");
  });

  it("leaves English pages the catalogue's own names, which admins may have changed", () => {
    expect(namesIn("en").genre({ slug: "science-fiction", name: "Sci-Fi" })).toBe("Sci-Fi");
    expect(namesIn("en").country({ code: "CZ", name: "Czech Republic" })).toBe("Czech Republic");
  });

  it("orders names as the language does: Czech puts Č after C, and Ch after H", () => {
    const names = ["Chile", "Česko", "Dánsko", "Austrálie", "Hongkong", "Brazílie"].map((name) => ({ name }));
    expect(names.sort(namesIn("cs").byName).map(({ name }) => name)).toEqual([
      "Austrálie",
      "Brazílie",
      "Česko",
      "Dánsko",
      "Hongkong",
      "Chile",
    ]);
  });
});
