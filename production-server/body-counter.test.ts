import { once } from "node:events";
import http, { type IncomingMessage } from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAfterLingering, countBodyAsItArrives } from "./body-counter";

const LIMIT = 1_000;
const bodiesRead: string[] = [];

async function readWhole(request: IncomingMessage) {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  return body;
}

// A reader that, like Auth.js's, reads whatever comes, to its end.
const server = http.createServer((request, response) => {
  countBodyAsItArrives(request, LIMIT, () => {
    closeAfterLingering(request, 2_000);
    response.writeHead(413).end();
  });
  readWhole(request).then(
    (body) => {
      bodiesRead.push(body);
      response.end("read");
    },
    () => {},
  );
});

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** Sends `pieces` as a chunked body; the answer's status. */
async function postChunked(pieces: string[]) {
  const { port } = server.address() as AddressInfo;
  const request = http.request({ port, host: "127.0.0.1", method: "POST", agent: false });
  request.setHeader("Transfer-Encoding", "chunked");
  request.on("error", () => {});
  for (const piece of pieces) request.write(piece);
  request.end();
  const [response] = (await once(request, "response")) as [IncomingMessage];
  response.resume();
  return response.statusCode;
}

describe("countBodyAsItArrives", () => {
  it("lets a body within the limit reach its reader whole", async () => {
    expect(await postChunked(["a".repeat(600), "b".repeat(400)])).toBe(200);
    expect(bodiesRead.at(-1)).toBe("a".repeat(600) + "b".repeat(400));
  });

  it("refuses a body past the limit, and its reader never sees a cut body end", async () => {
    const readBefore = bodiesRead.length;
    expect(await postChunked(["a".repeat(600), "b".repeat(401), "c".repeat(5_000)])).toBe(413);
    expect(bodiesRead.length).toBe(readBefore);
  });
});

describe("closeAfterLingering", () => {
  // A client that asked for the connection to be closed, and is slow to read while it keeps sending: were the
  // connection closed as soon as the answer is out, the client's system would reset it and drop the unread answer.
  it("keeps the answer for a client that is still sending and reads it late", async () => {
    const { port } = server.address() as AddressInfo;
    const socket = net.connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.pause();
    socket.write("POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n");
    const chunk = `${(16_384).toString(16)}\r\n${"a".repeat(16_384)}\r\n`;
    const sendingUntil = Date.now() + 300;
    while (Date.now() < sendingUntil) {
      if (!socket.write(chunk)) await Promise.race([once(socket, "drain"), new Promise((r) => setTimeout(r, 20))]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    let received = "";
    socket.on("data", (data: Buffer) => (received += data.toString("latin1")));
    const ended = new Promise((resolve) => {
      socket.once("end", resolve);
      socket.once("error", resolve);
    });
    socket.resume();
    await ended;
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
  });
});
