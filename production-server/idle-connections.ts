// Node closes a keep-alive connection after 5 s idle. A client that sends on it as it closes gets ECONNRESET, not an
// answer: CI saw it, and so do proxies in front (nginx, load balancers), which keep idle upstream connections for
// 60 s and answer such a reset with a 502. The server that keeps connections longest must be the one that closes them,
// so this one waits longer than they do.
import type { Server } from "node:http";

/** Longer than the 60 s that nginx's keepalive_timeout and the common load balancers keep idle connections. */
export const IDLE_CONNECTION_TIMEOUT_MS = 65_000;

export function keepIdleConnectionsLongerThanProxies(server: Server) {
  server.keepAliveTimeout = IDLE_CONNECTION_TIMEOUT_MS;
  // A request's headers may take no longer than its connection may idle, or Node closes the connection under them.
  server.headersTimeout = IDLE_CONNECTION_TIMEOUT_MS + 1_000;
}
