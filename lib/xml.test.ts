import { describe, expect, it } from "vitest";
import { escapeXml } from "./xml";

describe("escapeXml", () => {
  it("escapes markup", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&#60;a href=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/a&#62;",
    );
  });

  it("leaves out control characters a stored text may hold, which would make the whole feed malformed XML", () => {
    expect(escapeXml("tense\u0001, then\u0000 dull\u001b\u0085")).toBe("tense, then dull");
    expect(escapeXml("line one\r\nline two\tend")).toBe("line one\r\nline two\tend");
  });
});
