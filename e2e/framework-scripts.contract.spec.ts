// The production server's one seam with the framework (production-server/framework-scripts.ts): it names in each
// page's script policy only the inline scripts it knows as Next's or React's. If an upgrade of Next or React changes
// what they write into pages, the browser refuses the new scripts and the site stops working in ways no other test
// pins on the cause. This test reads real pages of each kind as the server sends them and says so plainly.
import { expect, test } from "@playwright/test";
import { inlineScriptsOf, scriptHashSource } from "../production-server/script-policy";
import { signInAsDemoMember } from "./support/forms";

const UPGRADE_NOTE =
  'Next or React now writes inline scripts that production-server/framework-scripts.ts does not know, and browsers will refuse them: see README, "Upgrading Next or React".';

/** The shapes the seam knows, to show that each was met on a real page and so is still current. */
const KNOWN_SHAPES = {
  "Next's React Server Components payload": (script: string) => script.includes("self.__next_f"),
  "Turbopack's chunk list": (script: string) => script.includes('globalThis["TURBOPACK"]'),
  "React's streaming instructions": (script: string) => /^(\$R[A-Z]+[=(]|requestAnimationFrame)/.test(script),
};

test("every inline script Next and React write into a page is one the script policy names", async ({ page }) => {
  const seen = new Set<string>();
  const unknown: string[] = [];
  async function readPage(path: string) {
    const answer = (await page.goto(path))!;
    const policy = answer.headers()["content-security-policy"] ?? "";
    for (const script of inlineScriptsOf(await answer.text())) {
      for (const [shape, matches] of Object.entries(KNOWN_SHAPES)) if (matches(script)) seen.add(shape);
      if (!policy.includes(scriptHashSource(script))) unknown.push(`${path}: ${script.slice(0, 100)}`);
    }
  }
  // A cached page, a page rendered on its first visit, a 404, and a member's page streamed in parts.
  for (const path of ["/", "/films/escape-2024", "/people/lee-jong-pil", "/no-such-page"]) await readPage(path);
  await signInAsDemoMember(page, "admin");
  for (const path of ["/admin", "/admin/moderation"]) await readPage(path);

  expect(unknown, `${UPGRADE_NOTE}\n${unknown.join("\n")}`).toEqual([]);
  expect([...seen].sort(), `${UPGRADE_NOTE} (a kind of script it knows was not met at all)`).toEqual(
    Object.keys(KNOWN_SHAPES).sort(),
  );
});
