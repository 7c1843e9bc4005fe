import { describe, expect, it } from "vitest";
import { isDeclaredOversized, MAX_API_BODY_BYTES, MAX_PAGE_BODY_BYTES, tooLarge } from "./body-limits";

describe("isDeclaredOversized", () => {
  it("lets a page take a poster-sized form, and refuses a byte more than its limit", () => {
    expect(isDeclaredOversized("/admin/films/7", String(8 * 1024 * 1024))).toBe(false);
    expect(isDeclaredOversized("/admin/films/7", String(MAX_PAGE_BODY_BYTES))).toBe(false);
    expect(isDeclaredOversized("/admin/films/7", String(MAX_PAGE_BODY_BYTES + 1))).toBe(true);
  });

  it("holds the API and Auth.js's endpoints to small forms", () => {
    expect(isDeclaredOversized("/api/auth/callback/credentials", "2048")).toBe(false);
    expect(isDeclaredOversized("/api/auth/callback/credentials", String(MAX_API_BODY_BYTES + 1))).toBe(true);
  });

  it.each([null, "", "abc", "-1", "1e9", " 12"])(
    "leaves a request without a usable length (%j) to Next's own limit",
    (length) => {
      expect(isDeclaredOversized("/", length)).toBe(false);
    },
  );
});

describe("tooLarge", () => {
  it("answers 413 with the limit, in words", async () => {
    const response = tooLarge("/admin/films/7");
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("at most 9 MB");
    expect(await tooLarge("/api/v1/films").text()).toContain("at most 64 kB");
  });
});
