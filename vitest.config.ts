import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    // The app's JSON log lines would bury the test report; tests that check logging make loggers of their own. The
    // secret keys what rate_limits keeps of typed logins (lib/sign-in-throttle.ts).
    env: { LOG_LEVEL: "silent", AUTH_SECRET: "vitest-only-secret-not-for-production" },
    // next-intl's ES modules import "next/navigation" without an extension, which Node's resolver refuses (Next has
    // no exports map); run through Vite, they resolve as they do in Next's build.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "production-server/**/*.test.ts",
            "app/**/*.test.ts",
            "cache-handlers/**/*.test.ts",
            "db/**/*.test.ts",
            "scripts/**/*.test.ts",
            "i18n/**/*.test.ts",
            "messages/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/use-test-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
