// Preloaded into an app server (NODE_OPTIONS=--import) by e2e/freshness.spec.ts: from the start, the wall clock reads
// 11 s ahead of the clock the process started with, as after a virtual machine is resumed or NTP steps the clock
// while the server runs. A server that mixes the two clocks makes every write invisible to others for those 11 s.
export const STEP_MS = 11_000;
const wallClock = Date.now.bind(Date);
Date.now = () => wallClock() + STEP_MS;
