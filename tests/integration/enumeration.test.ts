import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { createAccount, findOrCreateOAuthAccount } from "@/db/mutations/accounts";
import { findAccountForSignIn } from "@/db/queries/users";
import { users } from "@/db/schema";
import { verifySignIn } from "@/lib/password";
import { signUp } from "@/app/sign-up/actions";

// The sign-up action without Next's request or Auth.js (which vitest cannot load): each call comes from its own
// address, so the per-address sign-up limit stays out of the way, and a successful sign-up signs in to nothing.
vi.mock("@/auth", () => {
  let calls = 0;
  return { clientAddress: () => `198.51.100.${(calls += 1)}`, signIn: async () => undefined };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const PASSWORD = "a long enough passphrase";

function signUpForm(username: string, email: string, password = PASSWORD) {
  const form = new FormData();
  form.set("username", username);
  form.set("email", email);
  form.set("password", password);
  return form;
}

/** The median time of five runs, after one to warm up (the dummy hash is made on the first unknown login). */
async function medianMilliseconds(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2]!;
}

/** What authorize() in auth.ts does once the rate limits let a sign-in through. */
async function signInWithPassword(login: string, password: string) {
  return verifySignIn(await findAccountForSignIn(login), password);
}

beforeAll(async () => {
  await createAccount({ username: "enum_member", email: "enum.member@example.com", password: PASSWORD });
  await createAccount({ username: "enum_blocked", email: "enum.blocked@example.com", password: PASSWORD });
  await getDb().update(users).set({ blockedAt: new Date() }).where(eq(users.username, "enum_blocked"));
  await findOrCreateOAuthAccount({ email: "enum.oauth@example.com", name: "enum_oauth" });
});

describe("sign-in", () => {
  it("refuses an unknown login, a password-less account and a blocked one, and opens the account with its password", async () => {
    expect(await signInWithPassword("nobody_at_all", PASSWORD)).toBeUndefined();
    expect(await signInWithPassword("enum.oauth@example.com", PASSWORD)).toBeUndefined();
    expect(await signInWithPassword("enum_blocked", PASSWORD)).toBeUndefined();
    expect((await signInWithPassword("ENUM.MEMBER@example.com", PASSWORD))?.username).toBe("enum_member");
  });

  it("takes as long for a login that names no account, or a blocked one, as for a wrong password", async () => {
    const wrongPassword = await medianMilliseconds(() => signInWithPassword("enum_member", "a wrong guess at it"));
    const timings = {
      unknownLogin: await medianMilliseconds(() => signInWithPassword("nobody_at_all", "a wrong guess at it")),
      passwordLessAccount: await medianMilliseconds(() => signInWithPassword("enum.oauth@example.com", "a wrong guess at it")),
      blockedAccount: await medianMilliseconds(() => signInWithPassword("enum_blocked", PASSWORD)),
    };
    for (const [kind, time] of Object.entries(timings)) {
      const ratio = time / wrongPassword;
      expect(ratio, `${kind}: ${time.toFixed(1)} ms against ${wrongPassword.toFixed(1)} ms`).toBeGreaterThan(0.5);
      expect(ratio, `${kind}: ${time.toFixed(1)} ms against ${wrongPassword.toFixed(1)} ms`).toBeLessThan(2);
    }
  });
});

describe("sign-up", () => {
  it("names a taken username, which is public anyway", async () => {
    expect(await signUp({}, signUpForm("ENUM_MEMBER", "someone.new@example.com"))).toEqual({
      errors: { username: ["This username is taken."] },
      values: { username: "ENUM_MEMBER", email: "someone.new@example.com" },
    });
  });

  it("gives one answer for a taken email, naming no field, whatever account has it", async () => {
    const answers = await Promise.all(
      ["Enum.Member@example.com", "enum.oauth@example.com", "enum.blocked@example.com"].map(async (email, index) => {
        const { errors } = await signUp({}, signUpForm(`enum_new_${index}`, email));
        return errors;
      }),
    );
    expect(answers[0]).toEqual({ form: ["We could not create an account with these details. If you already have one, sign in instead."] });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(JSON.stringify(answers[0])).not.toMatch(/email|exists|registered/i);
  });

  it("refuses a taken email as slowly as a taken username: the password is hashed either way", async () => {
    let attempt = 0;
    const takenUsername = await medianMilliseconds(() => signUp({}, signUpForm("enum_member", `fresh_${(attempt += 1)}@example.com`)));
    const takenEmail = await medianMilliseconds(() => signUp({}, signUpForm(`enum_fresh_${(attempt += 1)}`, "enum.member@example.com")));
    const ratio = takenEmail / takenUsername;
    expect(ratio, `${takenEmail.toFixed(1)} ms against ${takenUsername.toFixed(1)} ms`).toBeGreaterThan(0.5);
    expect(ratio, `${takenEmail.toFixed(1)} ms against ${takenUsername.toFixed(1)} ms`).toBeLessThan(2);
  });

  it("refuses a password built on the new member's username", async () => {
    const { errors } = await signUp({}, signUpForm("enum_someone", "enum.someone@example.com", "enum_someone2024!"));
    expect(errors).toEqual({ password: ["This password is too common or easy to guess; choose another."] });
    expect(await findAccountForSignIn("enum_someone")).toBeUndefined();
  });
});
