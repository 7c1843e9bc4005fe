import { describe, expect, it } from "vitest";
import { isAdminFromCookies, memberFromCookies } from "./member-hint";

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

describe("isAdminFromCookies", () => {
  it("is true only beside a member's hint", () => {
    expect(isAdminFromCookies("marquee-member=ada; marquee-admin=1")).toBe(true);
    expect(isAdminFromCookies("marquee-member=ada")).toBe(false);
    expect(isAdminFromCookies("marquee-admin=1")).toBe(false);
    expect(isAdminFromCookies("marquee-member=ada; marquee-admin=0")).toBe(false);
  });
});
