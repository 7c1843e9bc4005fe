import { describe, expect, it } from "vitest";
import { unsetSiteUrlWarning } from "./site";

describe("unsetSiteUrlWarning", () => {
  it("warns that canonical and sitemap links will name localhost when neither SITE_URL nor AUTH_URL is set", () => {
    expect(unsetSiteUrlWarning({})).toBe(
      "SITE_URL is not set: canonical and sitemap links will name http://localhost:3000 until it is",
    );
  });

  it("stays quiet when the links have a public address to name", () => {
    expect(unsetSiteUrlWarning({ SITE_URL: "https://films.example" })).toBeUndefined();
    expect(unsetSiteUrlWarning({ AUTH_URL: "https://films.example" })).toBeUndefined();
  });
});
