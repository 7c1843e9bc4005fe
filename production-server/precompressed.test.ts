import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressedPage, pageEncodingFor } from "./precompressed";

describe("the encoding a page is sent in", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["BR;Q=0.5", "br"],
    ["*", "br"],
    ["gzip;q=0, *;q=0", undefined],
    ["identity", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("for Accept-Encoding %j is %j", (header, expected) => {
    expect(pageEncodingFor(header)).toBe(expected);
  });
});

describe("a page's compressed bytes", () => {
  const page = Buffer.from(
    `<!DOCTYPE html><html><body>${"<p>Ein Film über Flucht, 世界.</p>".repeat(200)}</body></html>`,
  );

  it("decode to the page, in either encoding", async () => {
    expect(brotliDecompressSync(await compressedPage(page, '"v1"', "br")).equals(page)).toBe(true);
    expect(gunzipSync(await compressedPage(page, '"v1"', "gzip")).equals(page)).toBe(true);
  });

  it("are made once per version and encoding, even for requests that arrive together", async () => {
    const first = compressedPage(page, '"v2"', "br");
    expect(compressedPage(page, '"v2"', "br")).toBe(first);
    await first;
    expect(compressedPage(page, '"v2"', "br")).toBe(first);
    expect(compressedPage(page, '"v2"', "gzip")).not.toBe(first);
    expect(compressedPage(page, '"v3"', "br")).not.toBe(first);
  });
});
