// How password sign-ins are limited, after OWASP's guidance: throttle the pair, slow the account, never lock it.
// Only failures count. An account-and-address pair that keeps failing is refused for the rest of its window; an
// address failing across many accounts (password spraying) likewise; an account failing from everywhere is slowed,
// never refused, so that strangers guessing at it cannot lock its owner out: the right password from the owner's own
// address still signs in. Typed logins are kept only as a keyed hash (rate_limits.subject): people type their
// password into the login field by mistake, and the table must not collect them.
import { createHmac } from "node:crypto";
import { countRateLimitHit, forgiveRateLimitHit } from "@/db/mutations/rate-limits";
import { env } from "@/lib/env";
import { rateLimits } from "@/lib/rate-limits";

/** Each ten failures past the account's limit add a second of wait to its next attempts, up to this. */
const MAX_ACCOUNT_SLOWDOWN_SECONDS = 5;

export type ThrottledOutcome<Account> =
  { outcome: "signed-in"; account: Account } | { outcome: "refused" } | { outcome: "throttled" };

/**
 * Whom a sign-in is for, as the limits count it: the account the login names (by username or email alike, so the two
 * do not double a guesser's tries), else the login itself, as sign-in matches it.
 */
export function signInTarget(login: string, account: { id: number } | undefined) {
  return account ? `account:${account.id}` : `login:${login.trim().toLowerCase()}`;
}

/** What rate_limits keeps of a sign-in's target: HMAC-SHA256 under the site's secret, never the typed login. */
function keyed(target: string) {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is needed to key sign-in limits");
  return createHmac("sha256", secret).update(`sign-in:${target}`).digest("base64url");
}

/** The wait before an attempt on an account that has failed `failures` times in its window, this one included. */
export function accountSlowdownMs(failures: number) {
  const excess = failures - rateLimits.signInFailuresPerAccount.max;
  if (excess <= 0) return 0;
  return Math.min(Math.ceil(excess / 10), MAX_ACCOUNT_SLOWDOWN_SECONDS) * 1000;
}

/**
 * Runs `verify` (one password check) under the limits. Each attempt is counted as a failure before it is checked, so
 * that attempts sent at once cannot all pass under a limit, and taken back when it signs in.
 */
export async function throttleSignIn<Account>(
  { target, address }: { target: string; address: string },
  verify: () => Promise<Account | undefined>,
): Promise<ThrottledOutcome<Account>> {
  const account = keyed(target);
  const pair = `${account}@${address}`;
  const counted = [
    [rateLimits.signInFailuresPerPair, pair],
    [rateLimits.signInFailuresPerAddress, address],
    [rateLimits.signInFailuresPerAccount, account],
  ] as const;
  const [pairFailures = 0, addressFailures = 0, accountFailures = 0] = await Promise.all(
    counted.map(([limit, subject]) => countRateLimitHit(limit, subject)),
  );
  if (pairFailures > rateLimits.signInFailuresPerPair.max || addressFailures > rateLimits.signInFailuresPerAddress.max)
    return { outcome: "throttled" };

  const slowdown = accountSlowdownMs(accountFailures);
  if (slowdown > 0) await new Promise((resolve) => setTimeout(resolve, slowdown));
  const signedIn = await verify();
  if (!signedIn) return { outcome: "refused" };
  await Promise.all(counted.map(([limit, subject]) => forgiveRateLimitHit(limit, subject)));
  return { outcome: "signed-in", account: signedIn };
}
