import { createServer, request, Agent, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { keepIdleConnectionsLongerThanProxies } from "./idle-connections";

// Node 20 closes an idle connection 5 s after its last answer, and its timer may run up to a second late.
const NODE_DEFAULT_CLOSE_MS = 6_000;

let server: Server;
let agent: Agent;

afterEach(async () => {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
});

function get(port: number) {
  return new Promise<Socket>((resolve, reject) => {
    const sent = request({ port, host: "127.0.0.1", agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(sent.socket as Socket));
    });
    sent.on("error", reject);
    sent.end();
  });
}

describe("keepIdleConnectionsLongerThanProxies", () => {
  it("keeps a keep-alive connection open past Node's 5 s, so a client reusing it is answered, not reset", async () => {
    server = createServer((_request, response) => response.end("ok"));
    keepIdleConnectionsLongerThanProxies(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    agent = new Agent({ keepAlive: true });

    const first = await get(port);
    let closedByServer = false;
    first.once("close", () => (closedByServer = true));
    await new Promise((resolve) => setTimeout(resolve, NODE_DEFAULT_CLOSE_MS + 1_000));

    expect(closedByServer).toBe(false);
    expect(await get(port)).toBe(first);
  }, 15_000);
});
