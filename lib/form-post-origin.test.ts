import { describe, expect, it } from "vitest";
import { isForeignFormPost } from "./form-post-origin";

describe("isForeignFormPost", () => {
  const host = "marquee.example";

  it("lets a page's own form post through, addressed directly or through a proxy", () => {
    expect(isForeignFormPost("POST", "/films/heat-1995", { origin: "https://marquee.example", host })).toBe(false);
    expect(
      isForeignFormPost("POST", "/sign-in", {
        origin: "https://marquee.example",
        host: "127.0.0.1:3000",
        "x-forwarded-host": "marquee.example",
      }),
    ).toBe(false);
  });

  it.each([
    ["another site", { origin: "https://evil.example", host }],
    ["a look-alike host", { origin: "https://marquee.example.evil.example", host }],
    ["no origin", { host }],
    ["an opaque origin", { origin: "null", host }],
  ])("refuses a post from %s", (_case, headers) => {
    expect(isForeignFormPost("POST", "/films/heat-1995", headers)).toBe(true);
  });

  it("leaves reads and the API alone", () => {
    expect(isForeignFormPost("GET", "/films/heat-1995", { host })).toBe(false);
    expect(isForeignFormPost("POST", "/api/auth/callback/credentials", { host })).toBe(false);
  });
});
