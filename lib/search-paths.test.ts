import { describe, expect, it } from "vitest";
import { searchOfSegments, searchResultsPath } from "./search-paths";

function segmentsOf(path: string) {
  const [, , , , type, page, text] = path.split("/");
  return { type: type!, page: page!, text: text! };
}

describe("search result paths", () => {
  it("carry any text, slashes, percents and other scripts included, and read back the same search", () => {
    for (const text of ["Forrest Gump", "AC/DC 100%", "기생충", "Amélie ?#&=", "Se7en...", "a+b"]) {
      const path = searchResultsPath("cs", { text, type: "films", page: 3 });
      expect(path).toMatch(/^\/cs\/search\/for\/films\/3\/[A-Za-z0-9_-]+$/);
      expect(searchOfSegments(segmentsOf(path))).toEqual({ text, type: "films", page: 3 });
    }
  });

  it("name no search when a segment is made up, so that each search has one path", () => {
    const text = Buffer.from("Escape").toString("base64url");
    expect(searchOfSegments({ type: "all", page: "1", text })).toEqual({ text: "Escape", type: "all", page: 1 });
    for (const segments of [
      { type: "everything", page: "1", text },
      { type: "all", page: "01", text },
      { type: "all", page: "0", text },
      { type: "all", page: "1", text: `${text}=` },
      { type: "all", page: "1", text: Buffer.from("  Escape ").toString("base64url") },
      { type: "all", page: "1", text: Buffer.from("%%").toString("base64url") },
      { type: "all", page: "1", text: "" },
    ]) {
      expect(searchOfSegments(segments), JSON.stringify(segments)).toBeUndefined();
    }
  });
});
