// Next stamps the pages it caches with the wall clock (Date.now()), but decides whether a cache tag was invalidated
// after a page was stamped with the performance clock (performance.timeOrigin + performance.now()), and marks some
// invalidations with one clock and some with the other. The performance clock is the wall clock as it read when the
// process started, moved on by a monotonic timer: when the wall clock is stepped later (a virtual machine resumed,
// NTP correcting it), the two disagree for the rest of the process's life. Stepped forward by 11 s, every write
// stayed invisible to other visitors for 11 s (issue #15); stepped back, pages rendered just after a write would be
// thrown away again.

// Read when this module loads, before Next replaces Date with one whose now() counts as I/O in a prerender (and would
// make a page read through this clock dynamic).
const readWallClock = Date.now;

/**
 * From now on, in this process, the performance clock tells the wall clock's time, so Next compares like with like.
 * Called by production-server/ before Next is loaded.
 */
export function keepPerformanceClockOnWallClock(wallClock: () => number = readWallClock) {
  Object.defineProperty(performance, "timeOrigin", {
    configurable: true,
    enumerable: true,
    // performance.now() itself stays monotonic: durations measured with it are untouched.
    get: () => wallClock() - performance.now(),
  });
}
