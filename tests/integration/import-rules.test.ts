// The pure rules the importers share, without a database: text clean-up, match keys, slugs, countries, and
// MovieLens's way of writing titles.
import { describe, expect, it } from "vitest";
import { countryCodeFor, knownCountryCode } from "@/db/import/countries";
import { parseMovieLensTitle } from "@/db/import/formats/movielens/titles";
import { SlugAllocator } from "@/db/import/slugs";
import { filmSlug, personSlug } from "@/lib/slugs";
import { cleanText, matchKeyForName, matchKeyForTitle } from "@/db/import/text";

describe("import rules", () => {
  it("cleans scraped text: invisible characters, odd spaces, NUL and broken UTF-16", () => {
    expect(cleanText("\u200BGoli\u00A0Soda  2\n")).toBe("Goli Soda 2");
    expect(cleanText("Bad\u0000Byte \uD800end")).toBe("BadByte \uFFFDend");
  });

  it("matches titles regardless of case, accents, punctuation and a leading English article", () => {
    expect(matchKeyForTitle("The Postman")).toBe(matchKeyForTitle("postman"));
    expect(matchKeyForTitle("Les Misérables")).toBe(matchKeyForTitle("Les Miserables"));
    expect(matchKeyForTitle("Se7en")).not.toBe(matchKeyForTitle("Seven"));
    expect(matchKeyForName("Lee Jong-pil")).toBe(matchKeyForName("lee jong pil"));
    expect(matchKeyForName("탈주")).toBe("탈주");
  });

  it("makes slugs in the catalogue's format, numbered when taken", () => {
    expect(filmSlug("Le Rêve de Noël", 1901)).toBe("le-reve-de-noel-1901");
    expect(filmSlug("반드시 잡는다", 2017)).toBe("film-2017");
    expect(personSlug("Jasper Pääkkönen")).toBe("jasper-paakkonen");
    const slugs = new SlugAllocator(new Set(["carmen-1915"]));
    expect([slugs.allocate("carmen-1915"), slugs.allocate("carmen-1915"), slugs.allocate("zorro-1920")]).toEqual([
      "carmen-1915-2",
      "carmen-1915-3",
      "zorro-1920",
    ]);
  });

  it("maps country names to ISO codes, former states included, and knows no others", () => {
    expect(
      ["United States", " south korea", "West Germany", "Soviet Union", "Czech Republic"].map(countryCodeFor),
    ).toEqual(["US", "KR", "DE", "SU", "CZ"]);
    expect(countryCodeFor("Narnia")).toBeUndefined();
    expect(knownCountryCode("fr")).toBe("FR");
    expect(knownCountryCode("XWW")).toBeUndefined();
  });

  it("reads MovieLens titles: article moved back, other titles apart, first year of a run", () => {
    expect(parseMovieLensTitle("City of Lost Children, The (Cité des enfants perdus, La) (1995)")).toEqual({
      title: "The City of Lost Children",
      year: 1995,
      otherTitles: ["La Cité des enfants perdus"],
    });
    expect(parseMovieLensTitle("Léon: The Professional (a.k.a. The Professional) (Léon) (1994)")).toEqual({
      title: "Léon: The Professional",
      year: 1994,
      otherTitles: ["The Professional", "Léon"],
    });
    expect(parseMovieLensTitle("Death Note: Desu nôto (2006–2007)")).toMatchObject({
      title: "Death Note: Desu nôto",
      year: 2006,
    });
    expect(parseMovieLensTitle("Avventura, L' (1960)")).toMatchObject({ title: "L'Avventura" });
    expect(parseMovieLensTitle("Babylon 5")).toEqual({ title: "Babylon 5", year: undefined, otherTitles: [] });
  });
});
