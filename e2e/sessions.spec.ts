// Sessions end on the server (auth.ts, db/schema/sessions.ts): a copied cookie is worthless once its session is
// signed out, and a member sees where they are signed in and signs any of those sessions out from Settings.
import { devices, expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { signIn } from "./support/forms";

/** A browser of its own, signed in as `username`: a laptop by default, or a phone at 360 px. */
async function signedInBrowser(browser: Browser, username: string, device: "laptop" | "phone" = "laptop") {
  const context = await browser.newContext(
    device === "phone"
      ? { ...devices["iPhone 13"], viewport: { width: 360, height: 780 } }
      : { ...devices["Desktop Chrome"] },
  );
  const page = await context.newPage();
  await signIn(page, username, MEMBER_PASSWORD);
  return { context, page };
}

/** What Auth.js's session endpoint says of a context's cookie: the member's name, or null when signed out. */
async function sessionUsername(context: BrowserContext) {
  const response = await context.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  const session = (await response.json()) as { user?: { username?: string } } | null;
  return session?.user?.username ?? null;
}

async function isSignedOutOfSettings(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/settings");
  // The page streams in whichever it is: wait for one, as isVisible() alone does not.
  const signedOut = page.getByText("to change your settings");
  await expect(signedOut.or(page.getByRole("heading", { name: "Where you are signed in" })).first()).toBeVisible({
    timeout: 15_000,
  });
  const isSignedOut = await signedOut.isVisible();
  await page.close();
  return isSignedOut;
}

test("a copied session cookie opens nothing once its session is signed out", async ({ browser }) => {
  const username = await createMember("copied");
  const { context, page } = await signedInBrowser(browser, username);
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  expect(await sessionUsername(thief)).toBe(username);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out of this browser" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  expect(await sessionUsername(thief)).toBeNull();
  expect(await isSignedOutOfSettings(thief)).toBe(true);
  await Promise.all([context.close(), thief.close()]);
});

test("Settings lists where the member is signed in and signs other sessions out", async ({ browser }) => {
  test.slow();
  const username = await createMember("devices");
  const laptop = await signedInBrowser(browser, username);
  const phone = await signedInBrowser(browser, username, "phone");

  await laptop.page.goto("/settings");
  const sessions = laptop.page.getByRole("list", { name: "Your sessions" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByRole("listitem").filter({ hasText: "(this browser)" })).toContainText("Chrome on Windows");
  await expect(sessions.getByRole("listitem").filter({ hasText: "Safari on iPhone" })).toContainText("just now");

  // The phone, at 360 px, sees the same list from its side.
  await phone.page.goto("/settings");
  await expect(
    phone.page.getByRole("list", { name: "Your sessions" }).getByRole("listitem").filter({ hasText: "(this browser)" }),
  ).toContainText("Safari on iPhone");

  await sessions.getByRole("button", { name: "Sign out Safari on iPhone" }).click();
  await expect(laptop.page.getByRole("status").filter({ hasText: "Signed out." })).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  expect(await isSignedOutOfSettings(phone.context)).toBe(true);
  expect(await sessionUsername(laptop.context)).toBe(username);

  // Two more sessions, then all but this one signed out at once.
  const [tablet, desktop] = [await signedInBrowser(browser, username), await signedInBrowser(browser, username)];
  await laptop.page.reload();
  await expect(sessions.getByRole("listitem")).toHaveCount(3);
  await laptop.page.getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  expect([await sessionUsername(tablet.context), await sessionUsername(desktop.context)]).toEqual([null, null]);
  expect(await sessionUsername(laptop.context)).toBe(username);
  await Promise.all([laptop, phone, tablet, desktop].map(({ context }) => context.close()));
});
