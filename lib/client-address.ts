// Which address a request comes from, for the per-address limits (sign-in, sign-up, the API). A client writes any
// X-Forwarded-For it likes: taken on trust, rotating it dodged every per-address limit. So the address is the
// socket's peer, unless the operator names the proxies in front (TRUSTED_PROXIES): then X-Forwarded-For is read from
// the right, past the trusted hops, to the first address no trusted proxy vouches for — Express's `trust proxy`,
// with Express's own proxy-addr. The production server works it out for every request (production-server/
// request-gate.ts) and hands it to the app in a header of its own, replacing any a client sent.
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-marquee-client-address";

export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES as a trust function: unset trusts no proxy; a whole number trusts that many hops in front;
 * otherwise addresses, CIDR ranges and proxy-addr's names (loopback, linklocal, uniquelocal), separated by commas.
 * Throws on an address that is none of these.
 */
export function proxyTrust(setting: string | undefined): ProxyTrust {
  if (!setting) return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(setting.split(/[\s,]+/).filter(Boolean));
}

/** The request's client address, as far as `trust` lets proxies speak for it. */
export function clientAddressOf(request: IncomingMessage, trust: ProxyTrust): string {
  return proxyAddr(request, trust);
}
