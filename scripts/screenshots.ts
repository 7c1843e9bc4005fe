// `npm run screenshots -- <origin>`: the README's pictures of a running Marquee with the demo catalogue (the home
// page, a film page, the search box with its suggestions), on a phone (390 px) and a desktop (1280 px), light and
// dark, written to docs/screenshots/ as WebP.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import sharp from "sharp";
import { chromiumLaunchOptions } from "./chromium";
import { runCli } from "./cli";

const DIRECTORY = path.join(process.cwd(), "docs", "screenshots");
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

const SCENES: Record<string, (page: Page) => Promise<void>> = {
  home: async (page) => {
    await page.goto("/");
  },
  film: async (page) => {
    await page.goto("/films/the-godfather-1972");
    await page.getByRole("group", { name: "Your rating" }).waitFor();
  },
  search: async (page) => {
    await page.goto("/");
    await page.getByRole("search", { name: "Site" }).getByRole("combobox").fill("the");
    await page.getByRole("listbox").getByRole("option").first().waitFor();
  },
};

runCli(async () => {
  const origin = process.argv[2];
  if (!origin || !URL.canParse(origin)) throw new Error("usage: npm run screenshots -- http://127.0.0.1:3000");
  await mkdir(DIRECTORY, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ baseURL: origin, viewport, colorScheme, deviceScaleFactor: 1 });
        // A member's view: the stars under the rating are theirs to give.
        const page = await context.newPage();
        await page.goto("/sign-in");
        await page.getByLabel("Username or email", { exact: true }).fill("kenji");
        await page.getByLabel("Password", { exact: true }).fill("marquee-demo");
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByRole("link", { name: "@kenji" }).waitFor();
        for (const [scene, open] of Object.entries(SCENES)) {
          await open(page);
          // Fonts and pictures settled, nothing animating.
          await page.waitForLoadState("networkidle");
          const file = path.join(DIRECTORY, `${scene}-${device}-${colorScheme}.webp`);
          await sharp(await page.screenshot())
            .webp({ quality: 80 })
            .toFile(file);
          console.log(path.relative(process.cwd(), file));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
});
