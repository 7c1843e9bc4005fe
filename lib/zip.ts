// ZIP archives written as a stream (fflate): each file is deflated a slice at a time as the reader asks for more, so a
// large archive neither holds the server's one thread for long nor waits whole in memory before its first bytes go.
import { Zip, ZipDeflate } from "fflate";

/** Text deflated per step: a few milliseconds of work. */
const SLICE_BYTES = 64 * 1024;

export interface ZipEntry {
  /** The file's path in the archive, folders separated by "/". */
  name: string;
  text: string;
}

/** The entries as a ZIP of UTF-8 files, each dated `modified`. */
export function zipStream(entries: ZipEntry[], modified = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let zip: Zip;
  let written = 0;
  // One step of work each: a slice of a file pushed, or the archive ended.
  function* steps() {
    for (const entry of entries) {
      const file = new ZipDeflate(entry.name, { level: 6 });
      file.mtime = modified;
      zip.add(file);
      const bytes = encoder.encode(entry.text);
      let start = 0;
      do {
        const slice = bytes.subarray(start, start + SLICE_BYTES);
        start += SLICE_BYTES;
        yield () => file.push(slice, start >= bytes.length);
      } while (start < bytes.length);
    }
    yield () => zip.end();
  }
  const work = steps();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, isFinal) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        written += 1;
        if (isFinal) controller.close();
      });
    },
    pull() {
      // Until something is written: the stream asks again only after a chunk, and a slice may compress into none.
      const before = written;
      while (written === before) {
        const step = work.next();
        if (step.done) return;
        step.value();
      }
    },
  });
}
