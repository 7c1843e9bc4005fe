// The ceiling: a bare Node HTTP server that serves each page's bytes as a static file held in memory, compressed
// ahead as a static server serves precompressed files, the fastest this machine can answer with the same bytes.
// Run as a child process: `ceiling-server.ts <port>`.
import { createServer } from "node:http";
import { serveHelperRequests } from "./child";

export interface CeilingPage {
  path: string;
  /** The bytes as the app sent them, in base64 (the helper's messages are JSON). */
  body: string;
  headers: Record<string, string>;
}

const port = Number(process.argv[2]);
const pages = new Map<string, { body: Buffer; headers: Record<string, string> }>();

const server = createServer((request, response) => {
  const page = pages.get(request.url ?? "");
  if (!page) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { ...page.headers, "content-length": page.body.length }).end(page.body);
});

server.listen(port, "127.0.0.1", () => {
  serveHelperRequests((type, payload) => {
    if (type !== "serve") throw new Error(`unknown request ${type}`);
    const page = payload as CeilingPage;
    pages.set(page.path, { body: Buffer.from(page.body, "base64"), headers: page.headers });
    return page.path;
  });
});
