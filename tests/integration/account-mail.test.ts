// What is done with an account by email, end to end on a real SMTP server in this process: a forgotten password reset
// (the mail is sent, its link followed, the new password works while the old one and every session end) and a new
// email confirmed from its link; and the profile edited beside them. Only Auth.js's session and sign-in, and Next's
// request-bound APIs, are stubbed.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { findWorkingAccountToken } from "@/db/queries/account-tokens";
import { accountTokens, sessions, users } from "@/db/schema";
import { LINK_USED_UP } from "@/lib/account-tokens";
import { getLogger } from "@/lib/logger";
import { sendMail } from "@/lib/mail";
import { hashPassword, verifyPassword } from "@/lib/password";
import { rateLimits } from "@/lib/rate-limits";
import { signedInAs, signIn } from "../support/action-stubs";
import { createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";
import { linkIn, type SmtpInbox, startSmtpInbox } from "../support/smtp-inbox";
import { awayFromWindowEnd } from "../support/rate-limit-window";

vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
// After the answer, as in the app: kept so that a test can wait for the mail to have been handed over.
const pending = vi.hoisted(() => ({ mail: [] as Promise<unknown>[] }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => pending.mail.push(Promise.resolve().then(task)),
}));
const { requestPasswordResetAction } = await import("@/app/[locale]/forgot-password/actions");
const { resetPasswordAction } = await import("@/app/[locale]/reset-password/[token]/actions");
const { changeEmailAction, updateProfileAction } = await import("@/app/[locale]/settings/account-actions");
const { confirmEmailAction } = await import("@/app/[locale]/verify-email/[token]/actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let inbox: SmtpInbox;

beforeAll(async () => {
  scratch = await createScratchDatabase("password_reset");
  process.env.DATABASE_URL = scratch.url;
  inbox = await startSmtpInbox();
  process.env.SMTP_URL = inbox.url;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await inbox?.close();
  await getDb().$client.end();
  await scratch?.drop();
});

const OLD_PASSWORD = "the old passphrase, forgotten";
const NEW_PASSWORD = "a brand new passphrase, written down";

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** Runs an action whose success redirects, answering the redirect's target or the state. */
const outcomeOf = (answer: Promise<unknown>) =>
  answer.catch((error: Error) => ({ redirected: error.message.replace(/^redirect /, "") }));

async function member(prefix: string) {
  const unique = `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
  return createUser({
    username: unique,
    email: `${unique}@Example.org`,
    passwordHash: await hashPassword(OLD_PASSWORD),
  });
}

async function askForReset(email: string) {
  const outcome = await outcomeOf(requestPasswordResetAction(NOT_POSTED, formOf({ email })));
  await Promise.all(pending.mail.splice(0));
  return outcome;
}

async function resetWith(token: string, newPassword = NEW_PASSWORD) {
  return outcomeOf(resetPasswordAction(NOT_POSTED, formOf({ token, newPassword })));
}

const tokenOf = (link: URL) => link.pathname.split("/").at(-1)!;

describe("resetting a forgotten password by email", () => {
  it("mails a link; following it sets the new password, signs in with it, and ends every other session", async () => {
    const account = await member("forgetful");
    await getDb()
      .insert(sessions)
      .values({ id: `session-of-${account.username}`, userId: account.id });

    // Any case of the address finds the account; the mail goes to the address as the account has it.
    expect(await askForReset(account.email.toUpperCase())).toEqual({ redirected: "/forgot-password?sent=1" });
    const mail = await inbox.nextMailTo(account.email);
    expect(mail.subject).toBe("Choose a new Marquee password");
    expect(mail.text).toContain(`@${account.username}`);
    const link = linkIn(mail, "/reset-password/");
    expect(await findWorkingAccountToken(tokenOf(link), "password-reset")).toEqual({
      username: account.username,
      email: account.email,
    });
    // Only the token's hash is stored.
    const stored = await getDb().select().from(accountTokens).where(eq(accountTokens.userId, account.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(tokenOf(link));

    expect(await resetWith(tokenOf(link))).toEqual({ redirected: "/settings?password=reset" });
    expect(signIn).toHaveBeenLastCalledWith(
      "credentials",
      expect.objectContaining({ login: account.username, password: NEW_PASSWORD }),
    );
    const [after] = await getDb().select().from(users).where(eq(users.id, account.id));
    expect(await verifyPassword(after!.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after!.passwordHash!, OLD_PASSWORD)).toBe(false);
    // The link proved who reads the address.
    expect(after!.emailVerifiedAt).not.toBeNull();
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, account.id))).toEqual([]);

    // Used once, it works no more.
    expect(await findWorkingAccountToken(tokenOf(link), "password-reset")).toBeUndefined();
    expect(await resetWith(tokenOf(link), "yet another passphrase entirely")).toMatchObject({
      ok: false,
      errors: { form: [LINK_USED_UP] },
    });
  });

  it("answers an address no account uses exactly as one that does, and sends nothing", async () => {
    const received = inbox.messages.length;
    expect(await askForReset("nobody-here@example.org")).toEqual({ redirected: "/forgot-password?sent=1" });
    expect(inbox.messages.length).toBe(received);
  });

  it("lets only the latest link work, and no link past its hour", async () => {
    const account = await member("twice");
    await askForReset(account.email);
    const first = tokenOf(linkIn(await inbox.nextMailTo(account.email), "/reset-password/"));
    await askForReset(account.email);
    const second = tokenOf(linkIn(await inbox.nextMailTo(account.email), "/reset-password/"));
    expect(await resetWith(first)).toMatchObject({ ok: false, errors: { form: [LINK_USED_UP] } });

    await getDb()
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, account.id));
    expect(await resetWith(second)).toMatchObject({ ok: false, errors: { form: [LINK_USED_UP] } });
    const [after] = await getDb().select().from(users).where(eq(users.id, account.id));
    expect(await verifyPassword(after!.passwordHash!, OLD_PASSWORD)).toBe(true);
  });

  it("refuses a guessable or short new password by its field, and the link still works", async () => {
    const account = await member("weak");
    await askForReset(account.email);
    const token = tokenOf(linkIn(await inbox.nextMailTo(account.email), "/reset-password/"));
    expect(await resetWith(token, "short")).toMatchObject({
      ok: false,
      errors: { newPassword: ["Use at least 10 characters."] },
    });
    expect(await resetWith(token, `${account.username}123`)).toMatchObject({
      ok: false,
      errors: { newPassword: [expect.any(String)] },
    });
    expect(await findWorkingAccountToken(token, "password-reset")).toBeDefined();
  });

  it("sends at most three links an hour to one address, and sends none to a blocked account", async () => {
    const account = await member("flooded");
    await awayFromWindowEnd(rateLimits.passwordResetPerEmail);
    for (let ask = 0; ask < rateLimits.passwordResetPerEmail.max; ask += 1) await askForReset(account.email);
    expect(await askForReset(account.email)).toMatchObject({
      ok: false,
      errors: { email: [rateLimits.passwordResetPerEmail.message] },
    });

    const blocked = await member("blocked");
    await getDb().update(users).set({ blockedAt: new Date() }).where(eq(users.id, blocked.id));
    const received = inbox.messages.length;
    expect(await askForReset(blocked.email)).toEqual({ redirected: "/forgot-password?sent=1" });
    expect(inbox.messages.length).toBe(received);
  });
});

/** Signs the member in, as the session lookup would answer for them. */
function signedInWithSession(account: typeof users.$inferSelect) {
  signedInAs({ ...account, sessionId: "session", sessionLastSeenAt: new Date() });
  return account;
}

async function askForEmail(newEmail: string, currentPassword = OLD_PASSWORD) {
  const outcome = await outcomeOf(changeEmailAction(NOT_POSTED, formOf({ newEmail, currentPassword })));
  await Promise.all(pending.mail.splice(0));
  return outcome;
}

const emailOf = async (userId: number) =>
  (await getDb().select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]!.email;

describe("changing email", () => {
  it("keeps the old email until the link sent to the new one is followed, and tells the old address", async () => {
    const account = signedInWithSession(await member("mover"));
    const newEmail = `new-${account.username}@example.net`;
    expect(await askForEmail(newEmail)).toEqual({ redirected: "/settings?email=sent" });
    expect((await inbox.nextMailTo(account.email)).text).toContain(newEmail);
    const token = tokenOf(linkIn(await inbox.nextMailTo(newEmail), "/verify-email/"));
    expect(await emailOf(account.id)).toBe(account.email);

    expect(await outcomeOf(confirmEmailAction(NOT_POSTED, formOf({ token })))).toEqual({
      redirected: "/verify-email/done",
    });
    const [after] = await getDb().select().from(users).where(eq(users.id, account.id));
    expect(after).toMatchObject({ email: newEmail, emailVerifiedAt: expect.any(Date) });
    expect(await outcomeOf(confirmEmailAction(NOT_POSTED, formOf({ token })))).toMatchObject({
      ok: false,
      errors: { form: [LINK_USED_UP] },
    });
  });

  it("refuses a wrong password, the member's own email, and one another account uses, sending nothing", async () => {
    const other = await member("owner");
    const account = signedInWithSession(await member("mover"));
    const received = inbox.messages.length;
    expect(await askForEmail("fresh@example.net", "not the password")).toMatchObject({
      ok: false,
      errors: { currentPassword: ["That is not your current password."] },
      values: { newEmail: "fresh@example.net" },
    });
    expect(await askForEmail(account.email.toUpperCase())).toMatchObject({
      errors: { newEmail: ["That is already your email."] },
    });
    expect(await askForEmail(other.email)).toMatchObject({
      errors: { newEmail: ["Another account uses this email."] },
    });
    expect(inbox.messages.length).toBe(received);
  });

  it("refuses a confirmation once another account has taken the address", async () => {
    const account = signedInWithSession(await member("late"));
    const newEmail = `contested-${account.username}@example.net`;
    await askForEmail(newEmail);
    const token = tokenOf(linkIn(await inbox.nextMailTo(newEmail), "/verify-email/"));
    await createUser({ email: newEmail.toUpperCase() });
    expect(await outcomeOf(confirmEmailAction(NOT_POSTED, formOf({ token })))).toMatchObject({
      ok: false,
      errors: { form: ["Another account has taken this email since: choose another."] },
    });
    expect(await emailOf(account.id)).toBe(account.email);
  });
});

describe("editing the profile", () => {
  it("saves a trimmed name and bio, empty ones as none, and refuses a name too long by its field", async () => {
    const account = signedInWithSession(await member("profiled"));
    const save = (displayName: string, bio: string) =>
      outcomeOf(updateProfileAction(NOT_POSTED, formOf({ displayName, bio })));
    expect(await save("  Ann Lee ", "Sees everything twice.")).toMatchObject({ ok: true });
    const profileOf = async () =>
      (
        await getDb()
          .select({ displayName: users.displayName, bio: users.bio })
          .from(users)
          .where(eq(users.id, account.id))
      )[0];
    expect(await profileOf()).toEqual({ displayName: "Ann Lee", bio: "Sees everything twice." });
    expect(await save("x".repeat(51), "")).toMatchObject({
      ok: false,
      errors: { displayName: ["Keep your name to 50 characters."] },
      values: { displayName: "x".repeat(51), bio: "" },
    });
    expect(await save("", "")).toMatchObject({ ok: true });
    expect(await profileOf()).toEqual({ displayName: null, bio: null });
  });
});

describe("sending mail", () => {
  it("logs the message, link and all, when no SMTP server is configured", async () => {
    const smtp = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    const logged = vi.spyOn(getLogger(), "info").mockImplementation(() => {});
    try {
      expect(await sendMail({ to: "a@example.org", subject: "Hi", text: "Go to https://example.org/x" })).toBe(true);
      expect(logged).toHaveBeenCalledWith(expect.anything(), expect.stringContaining("https://example.org/x"));
    } finally {
      logged.mockRestore();
      process.env.SMTP_URL = smtp;
    }
  });

  it("reports, without throwing, a server that cannot be reached", async () => {
    const smtp = process.env.SMTP_URL;
    const closed = await startSmtpInbox();
    await closed.close();
    process.env.SMTP_URL = closed.url;
    const logged = vi.spyOn(getLogger(), "error").mockImplementation(() => {});
    try {
      expect(await sendMail({ to: "a@example.org", subject: "Hi", text: "Hello" })).toBe(false);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      process.env.SMTP_URL = smtp;
    }
  });
});
