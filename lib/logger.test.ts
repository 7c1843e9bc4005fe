import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { logRequestError, redactedPath } from "./request-error-log";
import { requestIdFor } from "./request-id";

/** A logger at "info" whose lines are collected, parsed. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return {
    logger: createLogger(destination, "info"),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    raw: () => lines.join("\n"),
  };
}

describe("createLogger", () => {
  it("writes one JSON object a line, with the level, time, message and the fields given", () => {
    const { logger, entries } = capturedLogger();
    logger.child({ requestId: "req-12345678" }).info({ filmId: 7 }, "review saved");
    expect(entries()).toEqual([
      expect.objectContaining({
        level: 30,
        service: "marquee",
        requestId: "req-12345678",
        filmId: 7,
        msg: "review saved",
        time: expect.any(String),
      }),
    ]);
  });

  it("never writes a password, token or cookie, at any depth a log call reaches", () => {
    const { logger, raw } = capturedLogger();
    logger.info(
      {
        password: "hunter2-secret",
        form: { currentPassword: "old-secret", newPassword: "new-secret", deleteConfirmation: "confirm-secret" },
        request: { headers: { cookie: "authjs.session-token=cookie-secret", authorization: "Bearer token-secret" } },
        token: "bare-token-secret",
      },
      "an action posted",
    );
    expect(raw()).not.toMatch(/secret/);
    expect(raw()).toContain("[redacted]");
  });

  it("writes an error as its class, message and stack", () => {
    const { logger, entries } = capturedLogger();
    logger.error({ err: new TypeError("no such film") }, "request failed");
    expect(entries()[0]).toMatchObject({
      level: 50,
      err: { type: "TypeError", message: "no such film", stack: expect.stringContaining("TypeError") },
    });
  });
});

describe("requestIdFor", () => {
  it("keeps a plausible id from a proxy in front", () => {
    expect(requestIdFor("5f0c6c1e-1d2b-4c1a-9a57-0c8e2f7b9d11")).toBe("5f0c6c1e-1d2b-4c1a-9a57-0c8e2f7b9d11");
    expect(requestIdFor("Root=1-67891233-abcdef012345678912345678")).not.toContain("Root=");
  });

  it.each([null, "", "short", "a\nforged log line", "x".repeat(129), "<script>alert(1)</script>", "id with spaces"])(
    "replaces %j with a new UUID",
    (incoming) => {
      expect(requestIdFor(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    },
  );
});

describe("logRequestError", () => {
  it("names the request, its route and the error, and leaves the headers (and the session in them) out", () => {
    const { logger, entries, raw } = capturedLogger();
    const request = {
      path: "/films/escape-2024",
      method: "GET",
      headers: { "x-request-id": "req-abcdef12", cookie: "authjs.session-token=abc" },
    };
    logRequestError(
      new Error("connection refused"),
      request,
      { routerKind: "App Router", routePath: "/films/[slug]", routeType: "render", revalidateReason: undefined },
      logger,
    );
    expect(entries()).toEqual([
      expect.objectContaining({
        level: 50,
        msg: "request failed",
        requestId: "req-abcdef12",
        method: "GET",
        path: "/films/escape-2024",
        route: "/films/[slug]",
        routeType: "render",
        err: expect.objectContaining({ message: "connection refused" }),
      }),
    ]);
    expect(raw()).not.toContain("session-token");
  });
});

describe("redactedPath", () => {
  it("keeps the path and the query's names, and logs each value by its kind alone", () => {
    expect(redactedPath("/films/escape-2024")).toBe("/films/escape-2024");
    expect(redactedPath("/search?q=anna%40example.com&page=2&sort=")).toBe("/search?q=text(16)&page=number&sort=empty");
    expect(redactedPath("/discover?token=hunter2&genre=drama")).not.toMatch(/hunter2|drama/);
  });
});
