import { describe, expect, it } from "vitest";
import { memberFromCookies } from "./member-hint";

describe("memberFromCookies", () => {
  it("reads the username among other cookies", () => {
    expect(memberFromCookies("theme=dark; marquee-member=cinephile_anna; other=1")).toBe("cinephile_anna");
  });

  it("has no member without the cookie, or with a value that is not a username", () => {
    expect(memberFromCookies("")).toBeNull();
    expect(memberFromCookies("marquee-memberx=anna")).toBeNull();
    expect(memberFromCookies("marquee-member=%3Cscript%3E")).toBeNull();
  });
});
