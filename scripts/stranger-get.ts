// A GET as a visitor who is not the writer sends it: no cookies, and a connection of its own, closed after the
// answer, so nothing is shared with whoever wrote. Used by the freshness e2e spec and the bench's staleness probe.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

export interface StrangerView {
  status: number;
  headers: IncomingHttpHeaders;
  /** Decoded when the answer came compressed. */
  body: string;
}

const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  br: promisify(zlib.brotliDecompress),
  gzip: promisify(zlib.gunzip),
};

export function getAsStranger(
  url: string,
  { headers = {}, timeoutMs }: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<StrangerView> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { agent: false, headers: { ...headers, connection: "close" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const decode = decoders[response.headers["content-encoding"] ?? ""];
        (decode ? decode(body) : Promise.resolve(body)).then(
          (decoded) =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: decoded.toString("utf8") }),
          reject,
        );
      });
    });
    request.on("error", reject);
    if (timeoutMs !== undefined) {
      request.setTimeout(timeoutMs, () => request.destroy(new Error(`${url} did not answer within ${timeoutMs} ms.`)));
    }
    request.end();
  });
}
