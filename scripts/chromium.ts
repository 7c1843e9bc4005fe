// Which Chromium to drive: Playwright cannot download its browsers here, so Debian's is used when present (with the
// flags a container needs), Playwright's own otherwise. Shared by the e2e config and scripts/screenshots.ts.
import { existsSync } from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumLaunchOptions = existsSync(chromiumPath)
  ? {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};
