// A text file's lines, read as bytes and decoded one line at a time, only where wanted. At IMDb's scale most lines
// are passed over by their first cell (title.principals' hundred million, of which a tenth are films'): decoding
// every chunk to a string and splitting it into lines cost more than everything else the importer did with them.

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const TAB = 0x09;
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

function withoutByteOrderMark(chunk: Buffer) {
  const hasMark = chunk.subarray(0, BYTE_ORDER_MARK.length).equals(BYTE_ORDER_MARK);
  return hasMark ? chunk.subarray(BYTE_ORDER_MARK.length) : chunk;
}

/**
 * The bytes of `input` in chunks of whole lines, a byte order mark at the start dropped: a line cut across two
 * reads comes out whole, on its own. A last line without a line break is a chunk too.
 */
export async function* wholeLineChunks(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let isFirst = true;
  for await (const read of input) {
    const chunk = isFirst ? withoutByteOrderMark(read) : read;
    isFirst = false;
    const firstBreak = chunk.indexOf(NEWLINE);
    if (firstBreak === -1) {
      pending.push(chunk);
      continue;
    }
    let start = 0;
    if (pending.length > 0) {
      start = firstBreak + 1;
      yield Buffer.concat([...pending, chunk.subarray(0, start)]);
    }
    const end = chunk.lastIndexOf(NEWLINE) + 1;
    if (end > start) yield chunk.subarray(start, end);
    pending = end < chunk.length ? [chunk.subarray(end)] : [];
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

/**
 * Steps through the lines of chunks of whole lines (LF or CRLF, the break left out) without making a string of
 * any: `text()` and `firstCell()` decode the current line, or its first tab-separated cell, as UTF-8.
 */
export class LineCursor {
  /** Every line stepped onto so far, across chunks: how far a read that fails had got. */
  linesRead = 0;
  private bytes: Buffer = Buffer.alloc(0);
  private start = 0;
  private end = 0;
  private next = 0;

  /** Starts on a new chunk, before its first line. */
  moveTo(chunk: Buffer) {
    this.bytes = chunk;
    this.next = 0;
  }

  /** Steps onto the chunk's next line; false past its last. */
  advance() {
    if (this.next >= this.bytes.length) return false;
    this.start = this.next;
    let lineBreak = this.bytes.indexOf(NEWLINE, this.start);
    if (lineBreak === -1) lineBreak = this.bytes.length;
    this.next = lineBreak + 1;
    this.end = lineBreak > this.start && this.bytes[lineBreak - 1] === CARRIAGE_RETURN ? lineBreak - 1 : lineBreak;
    this.linesRead += 1;
    return true;
  }

  isEmpty() {
    return this.end === this.start;
  }

  text() {
    return this.bytes.toString("utf8", this.start, this.end);
  }

  /** The line up to its first tab, or all of it. */
  firstCell() {
    let tab = this.start;
    while (tab < this.end && this.bytes[tab] !== TAB) tab++;
    return this.bytes.toString("utf8", this.start, tab);
  }
}
