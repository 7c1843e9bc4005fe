// Sign-in limits after OWASP's guidance (lib/sign-in-throttle.ts): failures only, the pair throttled, the account
// slowed but never locked, logins kept as keyed hashes. The password check is stood in for; the counts are real.
import { randomUUID } from "node:crypto";
import { like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rateLimits as rateLimitsTable } from "@/db/schema";
import { rateLimits } from "@/lib/rate-limits";
import { accountSlowdownMs, signInTarget, throttleSignIn } from "@/lib/sign-in-throttle";

const OWNER = { id: 1 };
const rightPassword = async () => OWNER;
const wrongPassword = async () => undefined;

function fresh() {
  const tag = randomUUID().slice(0, 8);
  return {
    target: signInTarget(`member_${tag}`, undefined),
    address: (n = 1) => `198.51.${Number.parseInt(tag.slice(0, 2), 16)}.${n}`,
  };
}

async function attempts(count: number, attempt: () => ReturnType<typeof throttleSignIn>) {
  const outcomes = [];
  for (let made = 0; made < count; made += 1) outcomes.push((await attempt()).outcome);
  return outcomes;
}

describe("sign-in limits", () => {
  it("refuse a pair of account and address past ten failures, while the owner elsewhere signs in", async () => {
    const { target, address } = fresh();
    const guessing = () => throttleSignIn({ target, address: address(1) }, wrongPassword);
    expect(await attempts(11, guessing)).toEqual([...Array(10).fill("refused"), "throttled"]);
    // Even the right password, from the guessing address: that pair is done for its window.
    expect((await throttleSignIn({ target, address: address(1) }, rightPassword)).outcome).toBe("throttled");
    // The owner, from their own address, is not locked out by the stranger's failures.
    expect(await throttleSignIn({ target, address: address(2) }, rightPassword)).toEqual({
      outcome: "signed-in",
      account: OWNER,
    });
  });

  it("count failures only: signing in again and again never nears a limit", async () => {
    const { target, address } = fresh();
    const signingIn = () => throttleSignIn({ target, address: address() }, rightPassword);
    expect(await attempts(25, signingIn)).toEqual(Array(25).fill("signed-in"));
  });

  it("refuse an address that fails across many accounts (password spraying)", async () => {
    const { address } = fresh();
    const outcomes = [];
    for (let account = 1; account <= 51; account += 1)
      outcomes.push(
        (
          await throttleSignIn(
            { target: signInTarget(`sprayed_${account}`, undefined), address: address() },
            wrongPassword,
          )
        ).outcome,
      );
    expect(outcomes.slice(0, 50)).not.toContain("throttled");
    expect(outcomes.at(-1)).toBe("throttled");
  });

  it("slow an account failing from many addresses, and never refuse its right password", async () => {
    const { target, address } = fresh();
    for (let n = 1; n <= 11; n += 1) await throttleSignIn({ target, address: address(n) }, wrongPassword);
    expect((await throttleSignIn({ target, address: address(99) }, rightPassword)).outcome).toBe("signed-in");
  });

  it("count attempts sent at once, so that they cannot all pass under the pair's limit", async () => {
    const { target, address } = fresh();
    let checks = 0;
    const counted = async () => {
      checks += 1;
      return undefined;
    };
    await Promise.all(Array.from({ length: 25 }, () => throttleSignIn({ target, address: address() }, counted)));
    expect(checks).toBe(10);
  });

  it("keep typed logins only as keyed hashes", async () => {
    const login = `Typed.Login_${randomUUID().slice(0, 8)}@Example.com`;
    await throttleSignIn({ target: signInTarget(login, undefined), address: "192.0.2.200" }, wrongPassword);
    const plain = await getDb()
      .select()
      .from(rateLimitsTable)
      .where(like(rateLimitsTable.subject, `%${login.toLowerCase().slice(0, 14)}%`));
    expect(plain).toEqual([]);
  });
});

describe("signInTarget", () => {
  it("counts an account's username and email as one, and an unknown login by itself", () => {
    expect(signInTarget("Anna", { id: 7 })).toBe(signInTarget("anna@example.com", { id: 7 }));
    expect(signInTarget(" Nobody ", undefined)).toBe(signInTarget("nobody", undefined));
    expect(signInTarget("nobody", undefined)).not.toBe(signInTarget("nobody", { id: 7 }));
  });
});

describe("accountSlowdownMs", () => {
  it("waits nothing up to the account's limit, then a second more per ten failures, up to five", () => {
    const max = rateLimits.signInFailuresPerAccount.max;
    expect([max, max + 1, max + 10, max + 11, max + 1000].map(accountSlowdownMs)).toEqual([0, 1000, 1000, 2000, 5000]);
  });
});
