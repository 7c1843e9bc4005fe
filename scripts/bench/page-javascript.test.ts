import { describe, expect, it } from "vitest";
import { chunksOnlyNextNeeds } from "./page-javascript";

describe("chunksOnlyNextNeeds", () => {
  it("takes as Next's the chunks that no module but Next's own needs, however the manifest writes them", () => {
    const nexts = chunksOnlyNextNeeds({
      "[project]/node_modules/next/dist/esm/client/components/layout-router.js": {
        chunks: ["/_next/static/chunks/router.js"],
      },
      "[project]/node_modules/next/dist/esm/client/components/client-page.js <module evaluation>": {
        chunks: ["static/chunks/router.js", "static/chunks/shared.js"],
      },
      "[project]/app/_components/search-box.tsx": { chunks: ["static/chunks/shared.js", "static/chunks/layout.js"] },
      "[project]/node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js": {
        chunks: ["static/chunks/intl.js"],
      },
    });
    expect([...nexts]).toEqual(["chunks/router.js"]);
  });
});
