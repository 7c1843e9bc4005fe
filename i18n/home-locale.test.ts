import { describe, expect, it } from "vitest";
import { homeLocaleFor } from "./home-locale";

describe("homeLocaleFor", () => {
  it("follows the browser's first language that Marquee speaks, regional variants included", () => {
    expect(homeLocaleFor(undefined, "cs-CZ,cs;q=0.9,en;q=0.8")).toBe("cs");
    expect(homeLocaleFor(undefined, "ko-KR")).toBe("ko");
    expect(homeLocaleFor(undefined, "de-DE,de;q=0.9,cs;q=0.5")).toBe("cs");
    expect(homeLocaleFor(undefined, "en-US,en;q=0.9,cs;q=0.8")).toBe("en");
  });

  it("speaks English to a browser that names no language Marquee has, or none at all", () => {
    expect(homeLocaleFor(undefined, "de-DE,fr;q=0.5")).toBe("en");
    expect(homeLocaleFor(undefined, null)).toBe("en");
    expect(homeLocaleFor(undefined, "*")).toBe("en");
  });

  it("keeps the visitor's own choice over the browser's languages, and ignores a cookie naming none of them", () => {
    expect(homeLocaleFor("en", "cs-CZ")).toBe("en");
    expect(homeLocaleFor("ko", "cs-CZ")).toBe("ko");
    expect(homeLocaleFor("fr", "cs-CZ")).toBe("cs");
  });
});
