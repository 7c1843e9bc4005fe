// A form posted from a page in Czech or Korean is answered in that language: the action's refusals, zod's field
// messages included, are translated on the way out (i18n/error-messages.ts), and its redirect keeps the language.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { messagesFor } from "@/messages";
import { signedInAs } from "../support/action-stubs";
import { createFilm, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";

const referer = vi.hoisted(() => ({ page: "/films/escape-2024" }));

vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "next-action": "action-language-test", referer: `http://localhost:3000${referer.page}` }),
}));
const { rateFilmAction } = await import("@/app/[locale]/films/[slug]/actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("action_language");
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

async function rateWithoutChoosing(page: string) {
  referer.page = page;
  const film = await createFilm();
  signedInAs(await createUser());
  const form = new FormData();
  form.set("filmId", String(film.id));
  return rateFilmAction(NOT_POSTED, form);
}

describe("an action's refusal", () => {
  it("is in English for a page at the site's root", async () => {
    expect((await rateWithoutChoosing("/films/escape-2024")).errors?.rating).toEqual(["Choose a rating."]);
  });

  it.each(["cs", "ko"] as const)("is in the language of a page under /%s", async (locale) => {
    const answer = await rateWithoutChoosing(`/${locale}/films/escape-2024`);
    expect(answer.ok).toBe(false);
    expect(answer.errors?.rating).toEqual([messagesFor(locale).Errors.chooseARating]);
  });
});
