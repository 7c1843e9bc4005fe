import { describe, expect, it } from "vitest";
import { LineCursor, wholeLineChunks } from "./line-chunks";

async function* chunksOf(...parts: (string | Buffer)[]) {
  for (const part of parts) yield Buffer.from(part);
}

/** Every line the cursor steps onto, chunk after chunk, as text and as first cell. */
async function linesIn(chunks: AsyncIterable<Buffer>) {
  const cursor = new LineCursor();
  const lines: { text: string; firstCell: string }[] = [];
  for await (const chunk of wholeLineChunks(chunks)) {
    cursor.moveTo(chunk);
    while (cursor.advance()) lines.push({ text: cursor.text(), firstCell: cursor.firstCell() });
  }
  return { texts: lines.map((line) => line.text), firstCells: lines.map((line) => line.firstCell), cursor };
}

describe("wholeLineChunks and LineCursor", () => {
  it("puts back together a line cut across reads, even across several", async () => {
    const { texts } = await linesIn(chunksOf("tt1\tA\ntt2\tBe", "tw", "een\ntt3\tC\n"));
    expect(texts).toEqual(["tt1\tA", "tt2\tBetween", "tt3\tC"]);
  });

  it("reads a last line without a line break", async () => {
    const { texts } = await linesIn(chunksOf("a\nb", "c"));
    expect(texts).toEqual(["a", "bc"]);
  });

  it("drops CRLF's carriage return and a byte order mark, and keeps empty lines", async () => {
    const { texts, cursor } = await linesIn(chunksOf("\uFEFFtconst\r\n\r\ntt1\r\n"));
    expect(texts).toEqual(["tconst", "", "tt1"]);
    expect(cursor.linesRead).toBe(3);
  });

  it("decodes a character whose bytes two reads split", async () => {
    const line = Buffer.from("Aé\n");
    const { texts } = await linesIn(chunksOf(line.subarray(0, 2), line.subarray(2)));
    expect(texts).toEqual(["Aé"]);
  });

  it("gives a line's first cell, or the whole line when it has no tab", async () => {
    const { firstCells } = await linesIn(chunksOf("nm1\tAnn\tx\nnm2\n\tempty first\n"));
    expect(firstCells).toEqual(["nm1", "nm2", ""]);
  });
});
