import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { GET } from "./route";

// Auth.js does not load outside Next: the address is read from the production server's header, as auth.ts does.
vi.mock("@/auth", async () => {
  const { CLIENT_ADDRESS_HEADER } = await import("@/lib/client-address");
  return { clientAddress: (headers: Headers) => headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown" };
});
const loadSearchSuggestions = vi.hoisted(() => vi.fn(async () => ({ films: [], people: [] })));
vi.mock("@/app/_data/search", () => ({ loadSearchSuggestions }));

function suggestionsFor(address: string) {
  return GET(
    new NextRequest("http://localhost/api/search/suggestions?q=escape", {
      headers: { [CLIENT_ADDRESS_HEADER]: address },
    }),
  );
}

async function typeAway(address: string, requests: number) {
  for (let i = 0; i < requests; i++) await suggestionsFor(address);
}

describe("the search box's suggestions", () => {
  // One fake clock for the whole file: the limiter, made on the first request, keeps the Date.now it was made with.
  beforeAll(() => vi.useFakeTimers());
  afterAll(() => vi.useRealTimers());

  it("answers 120 requests a minute from one address, saying how many are left", async () => {
    const first = await suggestionsFor("203.0.113.1");
    expect(first.status).toBe(200);
    expect(first.headers.get("RateLimit-Limit")).toBe("120");
    expect(first.headers.get("RateLimit-Remaining")).toBe("119");
    await typeAway("203.0.113.1", 118);
    const last = await suggestionsFor("203.0.113.1");
    expect(last.status).toBe(200);
    expect(last.headers.get("RateLimit-Remaining")).toBe("0");
  });

  it("refuses the 121st request of a minute with a 429 and Retry-After, without searching, until the minute is over", async () => {
    await typeAway("203.0.113.2", 120);
    loadSearchSuggestions.mockClear();
    vi.advanceTimersByTime(45_000);
    const refused = await suggestionsFor("203.0.113.2");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("15");
    expect(refused.headers.get("Cache-Control")).toBe("no-store");
    expect(loadSearchSuggestions).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect((await suggestionsFor("203.0.113.2")).status).toBe(200);
  });

  it("counts each address on its own", async () => {
    await typeAway("203.0.113.3", 121);
    expect((await suggestionsFor("203.0.113.3")).status).toBe(429);
    expect((await suggestionsFor("203.0.113.4")).status).toBe(200);
  });
});
