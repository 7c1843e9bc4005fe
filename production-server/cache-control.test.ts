import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { askCachesToRevalidate } from "./cache-control";

function newResponse() {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  askCachesToRevalidate(response);
  return response;
}

describe("askCachesToRevalidate", () => {
  it("turns the lifetime Next gives shared caches into a revalidation on every use", () => {
    const response = newResponse();
    response.setHeader("Cache-Control", "s-maxage=3600, stale-while-revalidate=82800");
    expect(response.getHeader("cache-control")).toBe("no-cache");
  });

  it("leaves every other Cache-Control as it is: immutable assets, private answers, the API's own", () => {
    const values = [
      "public, max-age=31536000, immutable",
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "public, max-age=60, s-maxage=300",
    ];
    for (const value of values) {
      const response = newResponse();
      response.setHeader("cache-control", value);
      expect(response.getHeader("cache-control")).toBe(value);
    }
  });

  it("leaves other headers alone", () => {
    const response = newResponse();
    response.setHeader("X-Note", "s-maxage=1");
    expect(response.getHeader("x-note")).toBe("s-maxage=1");
  });
});
