import { expect, test } from "@playwright/test";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { signInAsDemoMember } from "./support/forms";

// Two app servers on one database, as behind a load balancer: each caches pages itself, and a review posted through
// one must not leave the other serving its cached page from before (cache-handlers/shared-tags.mjs).
test("a review posted through one app server shows at once on a second server that had the page cached", async ({ page, request }) => {
  test.setTimeout(180_000);
  let second: SecondAppServer | undefined;
  try {
    second = await startSecondAppServer(process.env.DATABASE_URL!);
    const filmOnSecond = `${second.origin}/films/the-godfather-1972`;
    const review = `Seen through the first server, ${Date.now().toString(36)}.`;
    // Rendered once, then served from the second server's cache.
    await request.get(filmOnSecond);
    const cached = await request.get(filmOnSecond);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await cached.text()).not.toContain(review);

    // A demo member (sign-ups from one address are limited, and the suite makes several); a review they already
    // had of the film is replaced.
    await signInAsDemoMember(page, "petr_novak");
    await page.goto("/films/the-godfather-1972");
    const box = page.getByRole("region", { name: "Your review" });
    await box.getByRole("radio", { name: "4 stars out of 5" }).check();
    await box.getByLabel("Review").fill(review);
    await box.getByRole("button", { name: /^(Save|Update) review$/ }).click();
    await expect(box.getByRole("status")).toHaveText("Your review is saved.");

    // The second server heard of the invalidation; its next answer is rendered afresh.
    await expect.poll(async () => (await request.get(filmOnSecond)).text(), { timeout: 5_000 }).toContain(review);
  } finally {
    await second?.stop();
  }
});
