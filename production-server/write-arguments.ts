// What the wrappers of a response (html-policy.ts, page-memory.ts) read from Node's write() and end() calls, whose
// arguments may be a chunk, an encoding and a callback in any of their allowed combinations.

export type WriteEncoding = BufferEncoding | undefined;
type WriteCallback = ((error?: Error | null) => void) | undefined;

/** The chunk, encoding and callback of a write() or end() call, whichever of them were given. */
export function writeArguments(args: unknown[]): [unknown, WriteEncoding, WriteCallback] {
  const callback = args.find((argument): argument is NonNullable<WriteCallback> => typeof argument === "function");
  const [chunk, encoding] = args.filter((argument) => typeof argument !== "function");
  return [chunk, encoding as WriteEncoding, callback];
}

/** The chunk's bytes, or undefined when the call wrote none. */
export function toBuffer(chunk: unknown, encoding: WriteEncoding) {
  if (chunk === undefined || chunk === null) return undefined;
  return typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk as Uint8Array);
}
