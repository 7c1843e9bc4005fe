import { expect, test } from "@playwright/test";
import { signInAsDemoMember } from "./support/forms";

test("every kind of answer carries the security headers", async ({ request }) => {
  for (const path of ["/", "/films/escape-2024", "/api/v1/films/escape-2024", "/admin"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("pages run only the inline scripts Next wrote into them, load only from the site, and break no policy", async ({
  page,
}) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  const pages = [
    "/",
    "/films/escape-2024",
    "/search?q=escape",
    "/discover?genre=drama",
    "/charts",
    "/sign-in",
    "/no-such-page",
  ];
  for (const path of pages) {
    const answer = await page.goto(path);
    const policy = answer!.headers()["content-security-policy"]!;
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[\w+/]+=*')+(;|$)/);
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("form-action 'self'");
    // Nothing is allowed inline but style attributes.
    expect(policy.replace("style-src-attr 'unsafe-inline'", ""), path).not.toContain("unsafe");
  }
  // A page rendered for one member (dynamic, streamed) and a client component at work after hydration.
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin");
  await page
    .getByRole("search", { name: "Site" })
    .getByRole("combobox", { name: "Search films and people" })
    .fill("escap");
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(refusals).toEqual([]);
});

test("every answer carries its request id: a proxy's plausible one is kept, anything else replaced", async ({
  request,
}) => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  for (const path of ["/", "/films/escape-2024", "/api/v1/films/escape-2024", "/admin", "/no-such-page"]) {
    expect((await request.get(path, { maxRedirects: 0 })).headers()["x-request-id"], path).toMatch(uuid);
  }
  // Public answers set no cookie, so a shared cache in front may keep them.
  for (const path of ["/", "/films/escape-2024", "/search?q=escape", "/api/v1/films/escape-2024"]) {
    expect((await request.get(path)).headers()["set-cookie"], path).toBeUndefined();
  }
  const fromProxy = "lb-7f3a9c2e41d8";
  expect((await request.get("/", { headers: { "X-Request-Id": fromProxy } })).headers()["x-request-id"]).toBe(
    fromProxy,
  );
  expect(
    (await request.get("/", { headers: { "X-Request-Id": "forged\tlog line" } })).headers()["x-request-id"],
  ).toMatch(uuid);
});

test("a body larger than the site accepts is refused with a 413 before any action reads it", async ({ request }) => {
  const multipart = (bytes: number) => ({
    headers: { "Content-Type": "multipart/form-data; boundary=x" },
    data: Buffer.alloc(bytes, "a"),
  });
  const poster = await request.post("/admin/films/1", multipart(10 * 1024 * 1024));
  expect(poster.status()).toBe(413);
  expect(await poster.text()).toContain("at most 9 MB");
  expect((await request.post("/api/auth/callback/credentials", multipart(100 * 1024))).status()).toBe(413);
});

test("the session cookie is out of scripts' reach; the member hint, which grants nothing, is not", async ({
  page,
  context,
}) => {
  await signInAsDemoMember(page, "kenji");
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookies.find((cookie) => cookie.name === "marquee-member")).toMatchObject({
    value: "kenji",
    httpOnly: false,
    sameSite: "Lax",
  });
  // The hint alone opens nothing: without the session, a member-only read is refused.
  await context.clearCookies({ name: session!.name });
  const filmId = 1;
  expect((await page.request.get(`/api/me/reviews/${filmId}`)).status()).toBe(401);
});

test("an address that cannot be decoded, or holds NUL, is a 400 on every kind of dynamic path, never a 500", async ({
  request,
}) => {
  const segments = ["%00", "a%00b", "%FF", "%E0%A4%A", "%C0%AF"];
  const bases = ["/films/", "/people/", "/reviews/", "/users/", "/genres/", "/api/v1/films/", "/admin/films/"];
  for (const base of bases) {
    for (const segment of segments) {
      expect((await request.get(base + segment, { maxRedirects: 0 })).status(), base + segment).toBe(400);
    }
  }
});

test("a form posted to a page from another site, or naming none, is refused with 403 before any action runs", async ({
  request,
  page,
  baseURL,
}) => {
  // The sign-in form as a browser without JavaScript posts it: its hidden fields name the action.
  await page.goto("/sign-in");
  const hiddenFields = await page
    .locator('form:has(input[name="password"]) input[type="hidden"]')
    .evaluateAll((inputs) =>
      inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]),
    );
  const post = (origin: string | undefined) =>
    request.post("/sign-in", {
      headers: origin ? { Origin: origin } : {},
      multipart: { ...Object.fromEntries(hiddenFields), login: "nobody", password: "wrong guess" },
      maxRedirects: 0,
    });
  expect((await post("https://evil.example")).status()).toBe(403);
  expect((await post(undefined)).status()).toBe(403);
  // The page's own origin reaches the action, which refuses the password and sends the browser back to the form.
  const own = await post(new URL(baseURL!).origin);
  expect(own.status()).toBe(303);
  expect(own.headers()["location"]).toContain("/sign-in");
});
