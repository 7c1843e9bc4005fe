import { describe, expect, it } from "vitest";
import { inLanguage, localeOfPath, localisedPath } from "./locales";

describe("addresses in a language", () => {
  it("puts English at the root and other languages under their prefix, the home page and its query included", () => {
    expect(localisedPath("en", "/films/escape-2024")).toBe("/films/escape-2024");
    expect(localisedPath("cs", "/films/escape-2024")).toBe("/cs/films/escape-2024");
    expect(localisedPath("ko", "/")).toBe("/ko");
    expect(localisedPath("cs", "/?account=deleted")).toBe("/cs?account=deleted");
  });

  it("reads a path's language from its prefix, and takes any other first segment for English", () => {
    expect(localeOfPath("/cs/films/escape-2024")).toBe("cs");
    expect(localeOfPath("/ko")).toBe("ko");
    expect(localeOfPath("/ko?q=1")).toBe("ko");
    expect(localeOfPath("/films/escape-2024")).toBe("en");
    expect(localeOfPath("/css-tricks")).toBe("en");
    expect(localeOfPath("/")).toBe("en");
  });

  it("leaves a path that already names a language as it is", () => {
    expect(inLanguage("cs", "/settings?password=changed")).toBe("/cs/settings?password=changed");
    expect(inLanguage("cs", "/ko/films/escape-2024")).toBe("/ko/films/escape-2024");
    expect(inLanguage("en", "/films/escape-2024")).toBe("/films/escape-2024");
  });
});
