// Per-address limits count the address the connection comes from: a client that writes a new X-Forwarded-For on
// each request gets nowhere, unless the server was told to trust the proxy it came through (lib/client-address.ts).
// Sign-up is the tightest limit (five an hour per address), so it shows both at once. In the slow project: a second
// app server, one that trusts no proxy, runs beside the suite's, which trusts loopback as a proxy on the machine.
import { expect, test, type Browser } from "@playwright/test";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { field } from "./support/forms";

const TOO_MANY = "Too many accounts were created from your network. Try again in an hour.";
let untrusting: SecondAppServer | undefined;

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

test("rotating X-Forwarded-For does not get past a per-address limit; a trusted proxy's address is honoured", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  untrusting = await startSecondAppServer(process.env.DATABASE_URL!, { TRUSTED_PROXIES: "" });
  const made: boolean[] = [];
  for (let attempt = 1; attempt <= 7; attempt += 1) {
    made.push(await signUp(browser, untrusting.origin, `203.0.113.${attempt}`));
  }
  expect(made.filter(Boolean).length).toBeLessThanOrEqual(5);
  expect(made.at(-1)).toBe(false);

  // The suite's server trusts loopback: each forwarded address is a network of its own, with its own five.
  for (const address of ["198.51.100.11", "198.51.100.12", "198.51.100.13"]) {
    expect(await signUp(browser, baseURL!, address), address).toBe(true);
  }
});
