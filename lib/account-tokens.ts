// The secrets in password-reset and address-check links: random, and stored only as their SHA-256, so a copy of the
// database opens no account. Hashed without a salt or a slow function: 32 random bytes cannot be guessed anyway.
import { createHash, randomBytes } from "node:crypto";

export function newAccountToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccountToken(token) };
}

export function hashAccountToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** What a link that was used, replaced or is too old answers. */
export const LINK_USED_UP = "This link no longer works: it was used, a newer one was sent, or its time is over.";

/** How long a link works: an hour to reset a password, as most sites give; a day to check an address. */
export const ACCOUNT_TOKEN_LIFETIME_MS = { "password-reset": 60 * 60 * 1000, "verify-email": 24 * 60 * 60 * 1000 };
