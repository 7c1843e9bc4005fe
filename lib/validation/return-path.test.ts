import { describe, expect, it } from "vitest";
import { resolveReturnPath } from "./return-path";

describe("resolveReturnPath", () => {
  it("uses the form's field when the page's script filled it in", () => {
    expect(resolveReturnPath("/films/escape-2024", "http://localhost/sign-in?returnTo=/settings")).toBe(
      "/films/escape-2024",
    );
  });

  it("falls back to the returnTo of the page the form was posted from", () => {
    expect(resolveReturnPath("", "http://localhost/sign-in?returnTo=%2Ffilms%2Fescape-2024")).toBe(
      "/films/escape-2024",
    );
    expect(resolveReturnPath(null, "http://localhost/sign-in")).toBe("/");
    expect(resolveReturnPath(null, null)).toBe("/");
    expect(resolveReturnPath(null, "not a url")).toBe("/");
  });

  it("never leaves the site", () => {
    expect(resolveReturnPath("https://evil.example/", null)).toBe("/");
    expect(resolveReturnPath("//evil.example/", null)).toBe("/");
    expect(resolveReturnPath(null, "http://localhost/sign-in?returnTo=%2F%5Cevil.example")).toBe("/");
    expect(resolveReturnPath(null, "http://localhost/sign-in?returnTo=https://evil.example")).toBe("/");
  });
});
