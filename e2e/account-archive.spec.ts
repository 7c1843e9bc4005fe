// Everything a member wrote, downloaded from Settings as one ZIP shaped like Letterboxd's export; theirs alone.
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";

test("a member downloads their archive from Settings, and a visitor gets none", async ({ page, browser }) => {
  const username = await createMember("archive");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto("/films/ikiru-1952");
  await page.getByRole("button", { name: "Add to watchlist" }).click();
  await expect(page.getByText("On your watchlist")).toBeVisible({ timeout: 15_000 });

  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything you wrote" }).click();
  const download = await downloading;

  expect(download.suggestedFilename()).toMatch(new RegExp(`^marquee-${username}-\\d{4}-\\d\\d-\\d\\d\\.zip$`));
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files).sort()).toEqual(
    [
      "README.txt",
      "profile.csv",
      "ratings.csv",
      "reviews.csv",
      "review-revisions.csv",
      "diary.csv",
      "watchlist.csv",
      "following.csv",
      "followers.csv",
      "likes.csv",
    ].sort(),
  );
  expect(strFromU8(files["profile.csv"]!)).toContain(`"${username}"`);
  expect(strFromU8(files["watchlist.csv"]!)).toMatch(/"Ikiru","1952","https?:\/\/[^"]+\/films\/ikiru-1952"/);

  // A different visitor, with no cookies, is refused.
  const visitor = await browser.newContext();
  const refused = await visitor.request.get("/settings/export.zip");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["cache-control"]).toBe("private, no-store");
  await visitor.close();
});
