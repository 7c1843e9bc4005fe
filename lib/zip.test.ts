import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipStream } from "./zip";

async function unzipped(stream: ReadableStream<Uint8Array>) {
  const entries = unzipSync(new Uint8Array(await new Response(stream).arrayBuffer()));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe("zipStream", () => {
  it("writes every entry as it was, empty and large ones and folders too, read back by a ZIP reader", async () => {
    // Past several slices, and hard to compress, so that the archive is written in many chunks.
    const large = Array.from({ length: 40_000 }, (_, index) => `${index * 7919} Amélie 🎬`).join("\n");
    const entries = [
      { name: "README.txt", text: "Hello.\r\n" },
      { name: "empty.csv", text: "" },
      { name: "lists/best-of-2024.csv", text: large },
    ];

    const chunks: Uint8Array[] = [];
    const files = await unzipped(
      zipStream(entries).pipeThrough(
        new TransformStream({
          transform(chunk, controller) {
            chunks.push(chunk);
            controller.enqueue(chunk);
          },
        }),
      ),
    );

    expect(files).toEqual(Object.fromEntries(entries.map((entry) => [entry.name, entry.text])));
    expect(chunks.length).toBeGreaterThan(3);
  });

  it("dates each entry as asked", async () => {
    const modified = new Date(2026, 2, 4, 10, 30, 0);
    const bytes = new Uint8Array(await new Response(zipStream([{ name: "a.txt", text: "a" }], modified)).arrayBuffer());
    // The local file header's DOS time and date, at offsets 10 and 12.
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(10, true)).toBe((10 << 11) | (30 << 5));
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (3 << 5) | 4);
  });
});
