import { describe, expect, it } from "vitest";
import { atomFeedXml } from "./atom";

const entry = {
  id: "https://m.example/reviews/1",
  title: "Anna on Escape (2024): 3.5 stars out of 5",
  url: "https://m.example/reviews/1",
  author: "Anna",
  published: new Date("2025-01-01T00:00:00Z"),
  updated: new Date("2025-02-01T00:00:00Z"),
  content: "Great <b>fun</b> & games",
};

describe("atomFeedXml", () => {
  it("writes a feed updated when its newest entry was", () => {
    const xml = atomFeedXml({
      id: "https://m.example/feed.xml",
      title: "Latest",
      url: "https://m.example/",
      selfUrl: "https://m.example/feed.xml",
      entries: [entry],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("<updated>2025-02-01T00:00:00.000Z</updated>");
    expect(xml).toContain("<author><name>Anna</name></author>");
  });

  it("escapes text, so markup in a review stays text", () => {
    const xml = atomFeedXml({ id: "x", title: "t", url: "u", selfUrl: "s", entries: [entry] });
    expect(xml).toContain('<content type="text">Great &#60;b&#62;fun&#60;/b&#62; &#38; games</content>');
    expect(xml).not.toContain("<b>");
  });
});
