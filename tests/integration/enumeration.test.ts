import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { createAccount, findOrCreateOAuthAccount } from "@/db/mutations/accounts";
import { findAccountForSignIn } from "@/db/queries/users";
import { users } from "@/db/schema";
import { verifySignIn } from "@/lib/password";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { signUp } from "@/app/[locale]/sign-up/actions";

// The sign-up action without Next's request or Auth.js (which vitest cannot load): each call comes from its own
// address, so the per-address sign-up limit stays out of the way, and a successful sign-up signs in to nothing.
vi.mock("@/auth", () => {
  let calls = 0;
  return { clientAddress: () => `198.51.100.${(calls += 1)}`, signIn: async () => undefined };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
// Every argon2id operation counted: what each outcome costs is the same work, which a timing test could only
// approximate (and would fail on a busy machine).
const argon2 = vi.hoisted(() => ({ hashes: 0, verifications: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...actual,
    hash: (...args: Parameters<typeof actual.hash>) => ((argon2.hashes += 1), actual.hash(...args)),
    verify: (...args: Parameters<typeof actual.verify>) => ((argon2.verifications += 1), actual.verify(...args)),
  };
});

/** The argon2id hashes and verifications `run` makes. */
async function argon2Work(run: () => Promise<unknown>) {
  const before = { ...argon2 };
  await run();
  return { hashes: argon2.hashes - before.hashes, verifications: argon2.verifications - before.verifications };
}

const PASSWORD = "a long enough passphrase";

function signUpForm(username: string, email: string, password = PASSWORD) {
  const form = new FormData();
  form.set("username", username);
  form.set("email", email);
  form.set("password", password);
  return form;
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

  it("costs one argon2id verification whether the login names no account, a password-less or blocked one, or a wrong password", async () => {
    // The dummy hash is made once, on the first login that has no password to check.
    await signInWithPassword("nobody_at_all", "a wrong guess at it");
    const oneVerification = { hashes: 0, verifications: 1 };
    expect(await argon2Work(() => signInWithPassword("enum_member", "a wrong guess at it"))).toEqual(oneVerification);
    expect(await argon2Work(() => signInWithPassword("nobody_at_all", "a wrong guess at it"))).toEqual(oneVerification);
    expect(await argon2Work(() => signInWithPassword("enum.oauth@example.com", "a wrong guess at it"))).toEqual(
      oneVerification,
    );
    expect(await argon2Work(() => signInWithPassword("enum_blocked", PASSWORD))).toEqual(oneVerification);
  });
});

describe("sign-up", () => {
  it("names a taken username, which is public anyway", async () => {
    expect(await signUp(NOT_POSTED, signUpForm("ENUM_MEMBER", "someone.new@example.com"))).toMatchObject({
      ok: false,
      errors: { username: ["This username is taken."] },
      values: { username: "ENUM_MEMBER", email: "someone.new@example.com" },
    });
  });

  it("gives one answer for a taken email, naming no field, whatever account has it", async () => {
    const answers = await Promise.all(
      ["Enum.Member@example.com", "enum.oauth@example.com", "enum.blocked@example.com"].map(async (email, index) => {
        const { errors } = await signUp(NOT_POSTED, signUpForm(`enum_new_${index}`, email));
        return errors;
      }),
    );
    expect(answers[0]).toEqual({
      form: ["We could not create an account with these details. If you already have one, sign in instead."],
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(JSON.stringify(answers[0])).not.toMatch(/email|exists|registered/i);
  });

  it("refuses a taken email with the same work as a taken username: the password is hashed either way", async () => {
    const takenUsername = await argon2Work(() =>
      signUp(NOT_POSTED, signUpForm("enum_member", "fresh.one@example.com")),
    );
    const takenEmail = await argon2Work(() =>
      signUp(NOT_POSTED, signUpForm("enum_fresh_one", "enum.member@example.com")),
    );
    expect(takenUsername).toEqual({ hashes: 1, verifications: 0 });
    expect(takenEmail).toEqual(takenUsername);
  });

  it("refuses a password built on the new member's username", async () => {
    const { errors } = await signUp(
      NOT_POSTED,
      signUpForm("enum_someone", "enum.someone@example.com", "enum_someone2024!"),
    );
    expect(errors).toEqual({ password: [expect.stringMatching(/^This password is too easy to guess\./)] });
    expect(await findAccountForSignIn("enum_someone")).toBeUndefined();
  });
});
