// Password hashing with argon2id (the library's default algorithm, named here so it cannot drift).
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { createWorkGate } from "./work-gate";

// `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read; its value is 2.
const ARGON2ID = 2;
const ARGON2ID_OPTIONS = { algorithm: ARGON2ID } as const;

// One argon2id computation takes a core for tens of milliseconds: as many at once as the machine has cores, and a
// second or two of them waiting; more, and the caller is told the site is busy (ServerBusy) rather than every page
// waiting behind a flood of sign-ins.
const hashingGate = createWorkGate({ running: availableParallelism(), waiting: 32, maxWaitMs: 2_000 });

export function hashPassword(password: string) {
  return hashingGate(() => hash(password, ARGON2ID_OPTIONS));
}

export function verifyPassword(passwordHash: string, password: string) {
  return hashingGate(() => verify(passwordHash, password, ARGON2ID_OPTIONS));
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
