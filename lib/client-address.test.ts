import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf, proxyTrust } from "./client-address";

/** A request as Node hands it over: the socket's peer, and the X-Forwarded-For the client or a proxy wrote. */
function request(peer: string, forwardedFor?: string) {
  const headers = forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor };
  return {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers,
  } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const trust = proxyTrust(undefined);
    for (const forged of ["203.0.113.7", "203.0.113.8, 198.51.100.1", "not an address"]) {
      expect(clientAddressOf(request("198.51.100.20", forged), trust)).toBe("198.51.100.20");
    }
  });

  it("behind a trusted proxy, is the right-most address no trusted proxy vouches for", () => {
    const trust = proxyTrust("loopback, 10.0.0.0/8");
    // The client prepended a forged hop; the proxy appended the address it saw.
    expect(clientAddressOf(request("127.0.0.1", "203.0.113.99, 198.51.100.7"), trust)).toBe("198.51.100.7");
    expect(clientAddressOf(request("127.0.0.1", "198.51.100.7, 10.1.2.3"), trust)).toBe("198.51.100.7");
    expect(clientAddressOf(request("127.0.0.1"), trust)).toBe("127.0.0.1");
  });

  it("does not take X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddressOf(request("198.51.100.20", "203.0.113.7"), proxyTrust("loopback"))).toBe("198.51.100.20");
  });

  it("trusts a number of hops in front, as many as the operator says", () => {
    expect(clientAddressOf(request("10.0.0.2", "203.0.113.9, 198.51.100.7"), proxyTrust("1"))).toBe("198.51.100.7");
    expect(clientAddressOf(request("10.0.0.2", "203.0.113.9, 198.51.100.7"), proxyTrust("2"))).toBe("203.0.113.9");
  });

  it("refuses a setting that names no address", () => {
    expect(() => proxyTrust("loopback, proxy.example.com")).toThrow();
  });
});
