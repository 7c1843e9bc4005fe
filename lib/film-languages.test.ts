import { describe, expect, it } from "vitest";
import { filmInLanguage, plotsInLanguageFirst, titleInLanguage, type FilmTitle } from "./film-languages";

const title = (overrides: Partial<FilmTitle> & { title: string }): FilmTitle => ({
  kind: "alternate",
  language: null,
  countryCode: null,
  ...overrides,
});

describe("titleInLanguage", () => {
  const escape = [
    title({ title: "탈주", kind: "original", language: "ko", countryCode: "KR" }),
    title({ title: "Run Away", language: "en" }),
    title({ title: "Talju", language: "ko-Latn" }),
    title({ title: "Útěk", countryCode: "CZ" }),
  ];

  it("gives a Korean reader the original Korean title, and a Czech reader the title released in Czechia", () => {
    expect(titleInLanguage(escape, "ko")?.title).toBe("탈주");
    expect(titleInLanguage(escape, "cs")?.title).toBe("Útěk");
  });

  it("gives English readers none: the film's own title is English", () => {
    expect(titleInLanguage(escape, "en")).toBeUndefined();
  });

  it("prefers a title in the language to one released in its country, and ignores romanisations and working titles", () => {
    const titles = [
      title({ title: "Pracovní název", kind: "working", language: "cs" }),
      title({ title: "Slovenský", countryCode: "CZ", language: "sk" }),
      title({ title: "Z regionu", countryCode: "CZ" }),
      title({ title: "Česky", language: "cs-CZ" }),
    ];
    expect(titleInLanguage(titles, "cs")?.title).toBe("Česky");
    expect(titleInLanguage(titles.slice(0, 3), "cs")?.title).toBe("Z regionu");
    expect(titleInLanguage([title({ title: "Talju", language: "ko-Latn" })], "ko")).toBeUndefined();
    expect(
      titleInLanguage([title({ title: "Pracovní název", kind: "working", language: "cs" })], "cs"),
    ).toBeUndefined();
  });
});

describe("plotsInLanguageFirst", () => {
  it("moves the reader's plots to the front and keeps the order otherwise", () => {
    const plots = [
      { id: 1, language: "en" },
      { id: 2, language: "cs" },
      { id: 3, language: "en" },
      { id: 4, language: "cs" },
    ];
    expect(plotsInLanguageFirst(plots, "cs").map((plot) => plot.id)).toEqual([2, 4, 1, 3]);
    expect(plotsInLanguageFirst(plots, "en").map((plot) => plot.id)).toEqual([1, 3, 2, 4]);
  });
});

describe("filmInLanguage", () => {
  it("keeps the English title beside the local one, and says which language the shown title is in", () => {
    const film = {
      title: "Escape",
      titles: [title({ title: "Útěk", countryCode: "CZ" })],
      plots: [{ language: "en" }],
    };
    expect(filmInLanguage(film, "cs")).toMatchObject({ title: "Útěk", englishTitle: "Escape", titleLanguage: "cs" });
    expect(filmInLanguage(film, "en")).toMatchObject({ title: "Escape", englishTitle: "Escape" });
    expect(filmInLanguage(film, "en").titleLanguage).toBeUndefined();
  });
});
