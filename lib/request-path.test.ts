import { describe, expect, it } from "vitest";
import { isMalformedPath, malformedPath } from "./request-path";

describe("a malformed path", () => {
  it("is one that cannot be decoded or holds NUL", () => {
    for (const path of ["/films/%00", "/films/a%00b", "/films/%FF", "/people/%E0%A4%A", "/users/%", "/films/%C0%AF"]) {
      expect(isMalformedPath(path), path).toBe(true);
    }
  });

  it("is not any other path, encoded or not", () => {
    for (const path of [
      "/",
      "/films/escape-2024",
      "/people/lee-jong-pil",
      "/users/%C3%A9mile",
      "/search",
      "/films/100%25",
    ]) {
      expect(isMalformedPath(path), path).toBe(false);
    }
  });

  it("is answered 400: in words for people, as a problem for the API", async () => {
    expect(malformedPath("/films/%00").status).toBe(400);
    const api = malformedPath("/api/v1/films/%00");
    expect(api.status).toBe(400);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
  });
});
