import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions as launchOptions } from "./scripts/chromium";
import { E2E_SMTP_PORT } from "./e2e/support/smtp";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SLOW_SPECS = /\.slow\.spec\.ts$/;

if (!process.env.DATABASE_URL) {
  throw new Error("Run the end-to-end tests with `npm run test:e2e`, which gives them a fresh database.");
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // Member journeys take a dozen page loads; on two busy cores that can pass 30 s.
  timeout: 60_000,
  // An admin's save renders the page again in its answer: on two cores shared by two workers and the server, CI saw
  // such answers take 4 to 5 s (0.4 to 1 s when idle), past the 5 s Playwright waits by default for what they show.
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "chromium", testIgnore: SLOW_SPECS, use: { ...devices["Desktop Chrome"] } },
    // Specs that start servers of their own (a second app server, a PostgreSQL they stop), load the machine, or time
    // what strangers see after a write: after the rest, one at a time. `npm test` runs both projects.
    {
      name: "slow",
      testMatch: SLOW_SPECS,
      dependencies: ["chromium"],
      workers: 1,
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: {
    // A production build in its own directory, so it never overwrites the app's; DATABASE_URL comes from
    // scripts/with-test-database.ts.
    command: `next build && node --import tsx production-server/main.ts --port ${PORT} --hostname 127.0.0.1`,
    // E2E_DIST_DIR and E2E_PORT let two runs share a checkout.
    // Warnings and errors only: a line for every sign-in would bury the test report.
    // The suite plays the proxy in front: a test that needs an address of its own sends X-Forwarded-For, as a proxy
    // would (e2e/abuse.slow.spec.ts checks a server that trusts no proxy).
    env: {
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      TRUSTED_PROXIES: "loopback",
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    },
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
