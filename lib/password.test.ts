import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword, verifySignIn } from "./password";

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const passwordHash = await hashPassword("correct horse battery staple");
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(passwordHash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(passwordHash, "wrong password")).toBe(false);
  });
});

describe("verifySignIn", () => {
  const member = async (overrides: { blockedAt?: Date | null; passwordHash?: string | null } = {}) => ({
    id: 1,
    passwordHash: await hashPassword("the member's passphrase"),
    blockedAt: null,
    ...overrides,
  });

  it("opens the account only with its password", async () => {
    const account = await member();
    expect(await verifySignIn(account, "the member's passphrase")).toBe(account);
    expect(await verifySignIn(account, "a wrong guess")).toBeUndefined();
  });

  it("refuses a blocked account even with the right password, an unknown login and a password-less account", async () => {
    expect(await verifySignIn(await member({ blockedAt: new Date() }), "the member's passphrase")).toBeUndefined();
    expect(await verifySignIn(undefined, "the member's passphrase")).toBeUndefined();
    expect(await verifySignIn(await member({ passwordHash: null }), "the member's passphrase")).toBeUndefined();
  });
});
