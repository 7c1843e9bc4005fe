// What a client bent on abuse tries, against the production server on loopback. In the slow project: a second app
// server, one that trusts no proxy, runs beside the suite's, which trusts loopback as a proxy on the machine.
import { expect, request as requestContext, test, type Browser } from "@playwright/test";
import http from "node:http";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { field, signIn } from "./support/forms";
import { rateLimits } from "../lib/rate-limits";
import { createMember, forgetRateLimit, MEMBER_PASSWORD } from "./support/members";

const TOO_MANY = "Too many accounts were created from your network. Try again in an hour.";
let untrusting: SecondAppServer | undefined;

test.beforeAll(async () => {
  // One worker: the memory test below measures what one process holds of a body, and a second worker loading its own
  // code on its first requests would count as growth.
  untrusting = await startSecondAppServer(process.env.DATABASE_URL!, { TRUSTED_PROXIES: "", WEB_CONCURRENCY: "1" });
});

test.afterAll(async () => {
  await untrusting?.stop();
});

/** One sign-up from a fresh browser that claims to come from `forwardedFor`; whether it made the account. */
async function signUp(browser: Browser, origin: string, forwardedFor: string) {
  const context = await browser.newContext({ baseURL: origin, extraHTTPHeaders: { "X-Forwarded-For": forwardedFor } });
  try {
    const page = await context.newPage();
    const username = `addr_${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    await page.goto("/sign-up");
    await field(page, "Username").fill(username);
    await field(page, "Email").fill(`${username}@example.com`);
    await field(page, "Password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    const made = page.getByRole("link", { name: `@${username}` });
    const refused = page.getByText(TOO_MANY);
    await expect(made.or(refused)).toBeVisible({ timeout: 20_000 });
    return await made.isVisible();
  } finally {
    await context.close();
  }
}

// Per-address limits count the address the connection comes from: a client that writes a new X-Forwarded-For on
// each request gets nowhere, unless the server was told to trust the proxy it came through (lib/client-address.ts).
// Sign-up is the tightest limit (five an hour per address), so it shows both at once.
test("rotating X-Forwarded-For does not get past a per-address limit; a trusted proxy's address is honoured", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const made: boolean[] = [];
  for (let attempt = 1; attempt <= 7; attempt += 1) {
    made.push(await signUp(browser, untrusting!.origin, `203.0.113.${attempt}`));
  }
  expect(made.filter(Boolean).length).toBeLessThanOrEqual(5);
  expect(made.at(-1)).toBe(false);

  // The suite's server trusts loopback: each forwarded address is a network of its own, with its own five.
  for (const address of ["198.51.100.11", "198.51.100.12", "198.51.100.13"]) {
    expect(await signUp(browser, baseURL!, address), address).toBe(true);
  }
});

// The other per-address limits, against the server that trusts no proxy: a new X-Forwarded-For on every request gets
// no more than one address would.
test("rotating X-Forwarded-For gets no more from the API, the suggestions or sign-in than one address would", async () => {
  test.setTimeout(120_000);
  const client = await requestContext.newContext({ baseURL: untrusting!.origin });
  const rotating = (attempt: number) => ({ "X-Forwarded-For": `203.0.${Math.floor(attempt / 250)}.${attempt % 250}` });
  /** The statuses of `count` requests, each claiming an address of its own. */
  const statuses = async (count: number, send: (headers: Record<string, string>) => Promise<{ status(): number }>) => {
    const answered: number[] = [];
    for (let attempt = 1; attempt <= count; attempt += 1) answered.push((await send(rotating(attempt))).status());
    return answered;
  };
  try {
    // The API and the search box's suggestions: 120 a minute per address each.
    const api = await statuses(121, (headers) => client.get("/api/v1/films?page=1", { headers }));
    expect(api.slice(0, 120)).not.toContain(429);
    expect(api.at(-1)).toBe(429);
    const suggestions = await statuses(121, (headers) => client.get("/api/search/suggestions?q=es", { headers }));
    expect(suggestions.slice(0, 120)).not.toContain(429);
    expect(suggestions.at(-1)).toBe(429);
    // Sign-in: fifty failures per address across accounts (spraying), each to a login of its own. Counted from
    // 127.0.0.1, which the suite's earlier specs also failed sign-ins from (one database behind both servers).
    await forgetRateLimit(rateLimits.signInFailuresPerAddress.bucket, "127.0.0.1");
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    let login = 0;
    const signIns = await statuses(51, (headers) =>
      client.post("/api/auth/callback/credentials", {
        headers,
        form: { csrfToken, login: `sprayed_${(login += 1)}`, password: "Winter2024!" },
        maxRedirects: 0,
      }),
    );
    expect(signIns.slice(0, 50)).not.toContain(429);
    expect(signIns.at(-1)).toBe(429);
  } finally {
    await client.dispose();
    // And after: the specs that follow sign in from 127.0.0.1 too.
    await forgetRateLimit(rateLimits.signInFailuresPerAddress.bucket, "127.0.0.1");
  }
});

const MEGABYTE = 1024 * 1024;

/**
 * Posts `bytes` of form data chunked (no Content-Length) as fast as the server takes them, until it answers or closes
 * the connection: the status it answered with, if the answer arrived first, and how much was sent.
 */
function postChunked(url: string, bytes: number, headers: Record<string, string> = {}) {
  return new Promise<{ status?: number; sent: number; error?: string }>((resolve) => {
    const request = http.request(url, {
      method: "POST",
      agent: false,
      headers: {
        // As a browser posts a page's own form.
        Origin: new URL(url).origin,
        "Content-Type": "application/x-www-form-urlencoded",
        "Transfer-Encoding": "chunked",
        ...headers,
      },
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let isOver = false;
    request.on("response", (response) => {
      isOver = true;
      response.resume();
      resolve({ status: response.statusCode!, sent });
      request.destroy();
    });
    // Closed by the server while sending: an answer still in flight is lost with the connection.
    request.on("error", (error) => {
      if (!isOver) resolve({ sent, error: `${error.message} after ${sent} bytes` });
      isOver = true;
    });
    const send = () => {
      while (!isOver && sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", send);
      }
      if (!isOver) request.end();
    };
    send();
  });
}

// A body without a declared length is counted as it arrives (production-server/body-counter.ts): 50 MB to any route
// family is refused once its limit is passed, and the server never holds much of it.
test("50 MB sent chunked to each route family is refused, and the server's memory stays flat", async () => {
  test.setTimeout(120_000);
  const server = untrusting!;
  const before = await server.residentBytes();
  let peak = before;
  const sampler = setInterval(() => {
    void server.residentBytes().then((bytes) => (peak = Math.max(peak, bytes)));
  }, 50);
  try {
    // Read by Auth.js, and by Next for the sign-in form's action (posted as its script would): refused once past
    // their limits.
    const signInPage = await (await fetch(`${server.origin}/sign-in`)).text();
    const actionId = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(signInPage)![1]!;
    const readers = [
      ["/api/auth/callback/credentials", {}],
      ["/sign-in", { "Next-Action": actionId, "Content-Type": "multipart/form-data; boundary=marquee" }],
    ] as const;
    for (const [path, headers] of readers) {
      const posted = await postChunked(`${server.origin}${path}`, 50 * MEGABYTE, headers);
      expect(posted.status, `${path}: ${posted.error}`).toBe(413);
    }
    // The API takes no posts, and a page without an action does not read one: they answer without reading, and the
    // connection is closed as the rest comes in (the client may lose the answer with it).
    for (const path of ["/api/v1/films", "/api/search/suggestions", "/sign-in"]) {
      const { status, sent } = await postChunked(`${server.origin}${path}`, 50 * MEGABYTE);
      expect(sent, path).toBeLessThan(50 * MEGABYTE);
      expect([undefined, 200, 405], path).toContain(status);
    }
  } finally {
    clearInterval(sampler);
  }
  expect(peak - before).toBeLessThan(50 * MEGABYTE);
  // The server still answers.
  expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
});

// A session is ended in the database every app server reads (auth.ts): signed out on one, its cookie opens nothing
// on another at once. (Cookies do not depend on the port: the second server on 127.0.0.1 gets the same cookie.)
test("a session signed out on one app server is signed out on another at once", async ({ page, browser }) => {
  const username = await createMember("two_servers");
  await signIn(page, username, MEMBER_PASSWORD);
  // The session's cookie, kept as a copy: signing out clears it from the page's own browser.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const sessionOnSecondServer = async () =>
    ((await (await copy.request.get(`${untrusting!.origin}/api/auth/session`)).json()) as { user?: object } | null)
      ?.user;
  expect(await sessionOnSecondServer()).toMatchObject({ username });

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out of this browser" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  expect(await sessionOnSecondServer()).toBeUndefined();
  await copy.close();
});
