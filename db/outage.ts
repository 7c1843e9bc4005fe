// When a request fails, the database may be down. Until a probe finds it answering, production-server/ answers pages,
// actions and the API with "temporarily unavailable" (503) at once, instead of letting every request wait for a
// connection and end on the error page. A probe runs at most once a second, shared by the requests that arrive
// meanwhile; once one succeeds, requests flow again, on the same server, with postgres.js opening fresh connections.
import { checkDatabaseHealth } from "./queries/health";

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;

interface OutageState {
  isSuspected: boolean;
  lastProbe?: { at: number; isUp: boolean };
  probe?: Promise<boolean>;
}

// On globalThis: production-server/, the route bundles and instrumentation.ts load this module separately in one
// process.
const globalForOutage = globalThis as unknown as { marqueeOutage?: OutageState };

function outage() {
  globalForOutage.marqueeOutage ??= { isSuspected: false };
  return globalForOutage.marqueeOutage;
}

/** A request failed on the server: the requests after it check first that the database answers. */
export function suspectDatabaseOutage() {
  outage().isSuspected = true;
}

function probeDatabase(state: OutageState) {
  state.probe ??= checkDatabaseHealth(PROBE_TIMEOUT_MS)
    .then(({ status }) => {
      const isUp = status === "up";
      state.lastProbe = { at: Date.now(), isUp };
      if (isUp) state.isSuspected = false;
      return isUp;
    })
    .finally(() => {
      state.probe = undefined;
    });
  return state.probe;
}

/** Whether the database is down, as far as the last probe knows; false at once while nothing has failed. */
export async function isDatabaseDown(): Promise<boolean> {
  const state = outage();
  if (!state.isSuspected) return false;
  if (state.lastProbe && Date.now() - state.lastProbe.at < PROBE_INTERVAL_MS) return !state.lastProbe.isUp;
  return !(await probeDatabase(state));
}
