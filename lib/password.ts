// Password hashing with argon2id (the library's default algorithm, named here so it cannot drift).
import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read; its value is 2.
const ARGON2ID = 2;
const ARGON2ID_OPTIONS = { algorithm: ARGON2ID } as const;

export function hashPassword(password: string) {
  return hash(password, ARGON2ID_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string) {
  return verify(passwordHash, password, ARGON2ID_OPTIONS);
}

// A hash of a password nobody knows, made with the same parameters as real ones, so that verifying against it
// costs what a real verification does. Made once, on the first sign-in that needs it.
let dummyPasswordHash: Promise<string> | undefined;

/**
 * The account a sign-in opens: the one found for its login, if the password is right and the account is not
 * blocked; else undefined. Exactly one argon2id verification runs whatever the outcome (against a dummy hash
 * when no account, or one without a password, was found), so the time taken does not tell whether the login
 * names an account, a blocked one, or one that signs in only with GitHub or Google.
 */
export async function verifySignIn<Account extends { passwordHash: string | null; blockedAt: Date | null }>(
  account: Account | undefined,
  password: string,
): Promise<Account | undefined> {
  if (!account?.passwordHash) {
    dummyPasswordHash ??= hashPassword(randomUUID());
    await verifyPassword(await dummyPasswordHash, password);
    return undefined;
  }
  const isRightPassword = await verifyPassword(account.passwordHash, password);
  return isRightPassword && !account.blockedAt ? account : undefined;
}
