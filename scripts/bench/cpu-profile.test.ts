import { describe, expect, it } from "vitest";
import { areaOf, profileWithin, summariseProfile, type CallFrame, type CpuProfile } from "./cpu-profile";

const frame = (functionName: string, url = ""): CallFrame => ({ functionName, url, lineNumber: 9, columnNumber: 0 });

// Samples 1 ms apart, the first at t = 2,000 µs: idle, then render work, garbage collection, a query, idle.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)") },
    { id: 2, callFrame: frame("(idle)") },
    { id: 3, callFrame: frame("renderElement", "file:///app/node_modules/next/dist/compiled/react-dom/server.js") },
    { id: 4, callFrame: frame("(garbage collector)") },
    { id: 5, callFrame: frame("parse", "file:///app/node_modules/postgres/cjs/src/connection.js") },
    { id: 6, callFrame: frame("FilmPeople", "file:///app/.next/server/chunks/ssr/app_films_abc.js") },
  ],
  startTime: 1_000,
  endTime: 9_000,
  samples: [2, 3, 3, 4, 5, 6, 3, 2],
  timeDeltas: [1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
};

describe("profileWithin", () => {
  it("keeps only the samples taken in the window, their times unchanged", () => {
    const cut = profileWithin(profile, { from: 3_500, to: 6_000 });
    expect(cut.samples).toEqual([3, 4, 5]);
    expect(cut.timeDeltas).toEqual([500, 1_000, 1_000]);
    expect(cut.startTime).toBe(3_500);
    expect(cut.endTime).toBe(6_000);
  });
});

describe("summariseProfile", () => {
  it("counts busy time by area and by function, leaving idle out", () => {
    const summary = summariseProfile(profile);
    expect(summary.busyMs).toBe(6);
    expect(summary.byArea).toEqual([
      { area: "React", ms: 3 },
      { area: "garbage collection", ms: 1 },
      { area: "postgres", ms: 1 },
      { area: "Marquee and bundled libraries", ms: 1 },
    ]);
    expect(summary.topFunctions[0]).toEqual({
      name: "renderElement",
      where: "compiled/react-dom/server.js:10",
      area: "React",
      ms: 3,
    });
  });
});

describe("areaOf", () => {
  it("tells Next's server from React inside it, and Node from V8", () => {
    expect(areaOf(frame("x", "file:///a/node_modules/next/dist/server/base-server.js"))).toBe("Next's server");
    expect(areaOf(frame("x", "file:///a/node_modules/next/dist/compiled/react-server-dom-turbopack/x.js"))).toBe(
      "React",
    );
    expect(areaOf(frame("x", "node:internal/streams/readable"))).toBe("Node's own modules");
    expect(areaOf(frame("(program)"))).toBe("V8 and Node itself");
    expect(areaOf(frame("x", "file:///a/node_modules/@redis/client/dist/index.js"))).toBe("@redis/client");
    expect(areaOf(frame("x", "file:///a/.next/server/chunks/ssr/node_modules_next_dist_1yi9lobqsg0d0._.js"))).toBe(
      "Next's server",
    );
    expect(areaOf(frame("x", "file:///a/.next/server/chunks/ssr/app_films_[slug]_0m8lee296w3dl._.js"))).toBe(
      "Marquee and bundled libraries",
    );
  });
});
