// A cached page is the same bytes for every visitor until its next version, so each version is compressed once and
// the bytes are remembered by its ETag: compressing per request (what the compression middleware does) cost a cached
// film page two thirds of its throughput, and Tom Hanks's page three quarters.
import { promisify } from "node:util";
import zlib from "node:zlib";

export type PageEncoding = "br" | "gzip";

/** Brotli first: a fifth smaller than gzip on these pages, and every current browser accepts it. */
const ENCODINGS: PageEncoding[] = ["br", "gzip"];

const [brotliCompress, gzip] = [promisify(zlib.brotliCompress), promisify(zlib.gzip)];

const compress: Record<PageEncoding, (page: Buffer) => Promise<Buffer>> = {
  // Quality 5: within a few per cent of the best size for a few milliseconds, once per version.
  br: (page) => brotliCompress(page, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (page) => gzip(page),
};

/** About 15 kB each compressed: a few tens of MB for the most visited pages. */
const VERSIONS_REMEMBERED = 2_000;
const remembered = new Map<string, Promise<Buffer>>();

/** The encodings an Accept-Encoding header allows, by its q-values ("br;q=0" refuses brotli; "*" allows any). */
function acceptedEncodings(header: string) {
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    weights.set(coding, q === undefined ? 1 : Number(q.slice(2)));
  }
  return ENCODINGS.filter((encoding) => (weights.get(encoding) ?? weights.get("*") ?? 0) > 0);
}

/** The encoding to send a page in, or undefined for none: brotli when accepted, else gzip. */
export function pageEncodingFor(acceptEncoding: string | undefined): PageEncoding | undefined {
  return acceptEncoding ? acceptedEncodings(acceptEncoding)[0] : undefined;
}

/**
 * The page compressed with `encoding`, from memory when this version (its ETag) was compressed before. Requests that
 * arrive while it is being compressed wait for the same work.
 */
export function compressedPage(page: Buffer, etag: string, encoding: PageEncoding): Promise<Buffer> {
  const key = `${encoding} ${etag}`;
  const known = remembered.get(key);
  if (known) {
    // Map order is insertion order: moved to the end, the least recently used comes first.
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  if (remembered.size >= VERSIONS_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  const compressing = compress[encoding](page);
  remembered.set(key, compressing);
  // A failed compression is not remembered: the next request tries again.
  compressing.catch(() => remembered.delete(key));
  return compressing;
}
