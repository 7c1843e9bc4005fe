// The one action shape, on its own: the order of its steps, what each refusal keeps, and the answers to a post
// without JavaScript and to a failure in the work. Next's request APIs and the session are stood in for; the
// actions themselves run against PostgreSQL in tests/integration/server-actions.test.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const request = vi.hoisted(() => ({
  headers: new Headers(),
  account: undefined as { id: number; role: string } | undefined,
  isDatabaseDown: false,
  Redirect: class Redirect extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  },
}));

vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new request.Redirect(url);
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof request.Redirect) throw error;
  },
}));
vi.mock("@/auth", () => ({
  findSignedInUser: async () => request.account,
  findSignedInAdmin: async () => (request.account?.role === "admin" ? request.account : undefined),
}));
vi.mock("@/db/outage", () => ({ suspectDatabaseOutage: vi.fn(), isDatabaseDown: async () => request.isDatabaseDown }));
vi.mock("@/app/_data/invalidation", () => ({ invalidateAfter: vi.fn() }));

const { ADMINS_ONLY, SIGN_IN_FIRST, defineAction, done, refuse } = await import("./define-action");
const { NOT_POSTED } = await import("./action-state");
const { invalidateAfter } = await import("@/app/_data/invalidation");

const WITH_SCRIPT = new Headers({ "next-action": "test", referer: "http://localhost/films/escape-2024" });
const WITHOUT_SCRIPT = new Headers({ referer: "http://localhost/films/escape-2024?tab=reviews" });
const MEMBER = { id: 7, role: "member" };

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const run = vi.fn(async ({ title }: { title: string }) =>
  title === "taken" ? refuse({ title: ["That title is taken."] }) : done({ result: { saved: title } }),
);

const saveTitle = defineAction({
  who: "member",
  schema: z.object({ title: z.string().trim().min(1, "Enter a title.") }),
  values: (formData) => ({ title: String(formData.get("title") ?? "") }),
  run,
});

async function redirectOf(answer: Promise<unknown>) {
  const error = await answer.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(request.Redirect);
  return (error as InstanceType<typeof request.Redirect>).url;
}

beforeEach(() => {
  Object.assign(request, { headers: WITH_SCRIPT, account: MEMBER, isDatabaseDown: false });
  vi.clearAllMocks();
});

describe("defineAction", () => {
  it("answers the work's result, with what was typed and the answer counted", async () => {
    const answer = await saveTitle({ ...NOT_POSTED, attempt: 2 }, form({ title: " Escape " }));
    expect(answer).toEqual({ ok: true, result: { saved: "Escape" }, values: { title: " Escape " }, attempt: 3 });
    expect(run).toHaveBeenCalledWith({ title: "Escape" }, expect.objectContaining({ caller: MEMBER }));
  });

  it("parses before it authorises: a signed-out caller's bad input gets its field errors, and no work runs", async () => {
    request.account = undefined;
    const answer = await saveTitle(NOT_POSTED, form({ title: "  " }));
    expect(answer).toEqual({ ok: false, errors: { title: ["Enter a title."] }, values: { title: "  " }, attempt: 1 });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses control characters in any text field, by field and for the form, before the action's own schema", async () => {
    const answer = await saveTitle(NOT_POSTED, form({ title: "Escape\u0001", note: "fine\r\n\tstill fine" }));
    expect(answer).toMatchObject({ ok: false, values: { title: "Escape\u0001" } });
    expect(answer.errors).toEqual({
      title: ["Remove the invisible control characters from this text."],
      form: [expect.stringMatching(/^A field holds invisible control characters/)],
    });
    expect(run).not.toHaveBeenCalled();
    for (const character of ["\u0000", "\u001b", "\u007f", "\u0085"]) {
      expect((await saveTitle(NOT_POSTED, form({ title: `a${character}b` }))).ok, JSON.stringify(character)).toBe(
        false,
      );
    }
  });

  it("refuses a signed-out caller of a member's action, keeping what was typed", async () => {
    request.account = undefined;
    const answer = await saveTitle(NOT_POSTED, form({ title: "Escape" }));
    expect(answer).toMatchObject({ ok: false, errors: { form: [SIGN_IN_FIRST] }, values: { title: "Escape" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a member an admin's action with the one refusal every admin action gives", async () => {
    const adminOnly = defineAction({ who: "admin", schema: z.object({}), run: async () => done() });
    expect(await adminOnly(NOT_POSTED, form({}))).toMatchObject({ ok: false, errors: { form: [ADMINS_ONLY] } });
  });

  it("passes the work's refusal on by field", async () => {
    expect(await saveTitle(NOT_POSTED, form({ title: "taken" }))).toMatchObject({
      ok: false,
      errors: { title: ["That title is taken."] },
    });
  });

  it("invalidates what the work wrote, then goes where it says", async () => {
    const write = { kind: "review-saved", filmId: 1, userId: 7, reviewId: 3 } as const;
    const create = defineAction({
      who: "member",
      schema: z.object({}),
      run: async () => done({ writes: [write], redirectTo: "/films/escape-2024" }),
    });
    expect(await redirectOf(create(NOT_POSTED, form({})))).toBe("/films/escape-2024");
    expect(invalidateAfter).toHaveBeenCalledWith(write);
  });

  it("answers a post without JavaScript with a redirect: back to its page, or to sign-in keeping the way back", async () => {
    request.headers = WITHOUT_SCRIPT;
    expect(await redirectOf(saveTitle(NOT_POSTED, form({ title: "Escape" })))).toBe("/films/escape-2024?tab=reviews");
    request.account = undefined;
    expect(await redirectOf(saveTitle(NOT_POSTED, form({ title: "Escape" })))).toBe(
      `/sign-in?returnTo=${encodeURIComponent("/films/escape-2024?tab=reviews")}`,
    );
  });

  it("answers a failure in the work with a clear refusal that keeps what was typed, never the error", async () => {
    run.mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    request.isDatabaseDown = true;
    const answer = await saveTitle(NOT_POSTED, form({ title: "Escape" }));
    expect(answer).toMatchObject({ ok: false, values: { title: "Escape" } });
    expect(answer.errors?.form?.[0]).toMatch(/^Marquee cannot reach its database just now, so nothing was saved/);
    expect(JSON.stringify(answer)).not.toContain("ECONNREFUSED");

    run.mockRejectedValueOnce(new Error("a bug"));
    request.isDatabaseDown = false;
    expect((await saveTitle(NOT_POSTED, form({ title: "Escape" }))).errors?.form?.[0]).toMatch(
      /^Something went wrong on our side, so nothing was saved/,
    );
  });
});
