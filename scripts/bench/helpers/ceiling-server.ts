// The ceiling: a bare Node HTTP server that serves each page's bytes as a static file held in memory, the fastest
// this machine can answer with the same bytes. Run as a child process: `ceiling-server.ts <port>`.
import { createServer } from "node:http";
import { serveHelperRequests } from "./child";

export interface CeilingPage {
  path: string;
  body: string;
  contentType: string;
}

const port = Number(process.argv[2]);
const pages = new Map<string, { body: Buffer; contentType: string }>();

const server = createServer((request, response) => {
  const page = pages.get(request.url ?? "");
  if (!page) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": page.contentType, "content-length": page.body.length }).end(page.body);
});

server.listen(port, "127.0.0.1", () => {
  serveHelperRequests((type, payload) => {
    if (type !== "serve") throw new Error(`unknown request ${type}`);
    const page = payload as CeilingPage;
    pages.set(page.path, { body: Buffer.from(page.body), contentType: page.contentType });
    return page.path;
  });
});
