// Auth.js: the one place that knows how sessions are made. Credentials (argon2id), and GitHub or Google when
// the operator configures them. The session cookie is a JWT naming a row of `sessions` (db/schema/sessions.ts):
// every read of it checks that row, so sign-out, a new password, a block or "sign out everywhere" end it at once, on
// every app server; actions re-check the account as well (findSignedInUser).
import NextAuth, { CredentialsSignin, type DefaultSession, type Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";
import { findOrCreateOAuthAccount } from "@/db/mutations/accounts";
import { endSession, markSessionSeen, startSession } from "@/db/mutations/sessions";
import { findLiveSessionAccount, SESSION_MAX_AGE_SECONDS } from "@/db/queries/sessions";
import { findAccountByEmail, findAccountForSignIn } from "@/db/queries/users";
import { getLogger, requestLogger } from "@/lib/logger";
import { verifySignIn } from "@/lib/password";
import { signInTarget, throttleSignIn } from "@/lib/sign-in-throttle";
import { ServerBusy } from "@/lib/work-gate";
import { clearMemberHint, setMemberHint } from "@/app/_actions/member-hint";
import { configuredOAuthProviders } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";

declare module "next-auth" {
  interface Session {
    user: { id: string; username: string; role: "user" | "admin"; sessionId: string } & DefaultSession["user"];
  }
  interface User {
    username?: string;
    role?: "user" | "admin";
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    username?: string;
    role?: "user" | "admin";
    sessionId?: string;
  }
}

/**
 * The client's address, as the production server worked it out from the socket and the proxies the operator trusts
 * (lib/client-address.ts). `next dev` sets none: every client there shares one bucket, which only makes the
 * per-address limits stricter.
 */
export function clientAddress(headers: Headers) {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

/** The OAuth providers the operator configured (lib/env.ts): GitHub, Google, either or none. */
export const oauthProviders = (
  [
    { id: "github", name: "GitHub", provider: GitHub },
    { id: "google", name: "Google", provider: Google },
  ] as const
).filter((entry) => configuredOAuthProviders().includes(entry.id));

/**
 * A sign-in refused for its limits rather than its password: "throttled" (too many failures from this address, for
 * this account or any), or "busy" (too many password checks waiting). Auth.js hands the code on: to the form's action
 * as the error, to a direct post as `code=` in its redirect (app/api/auth/[...nextauth]/route.ts makes that a 429).
 */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly code: "throttled" | "busy") {
    super();
  }
}

const credentialsSchema = z.object({ login: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

/**
 * A sign-in, with any provider: a session row for it, named in the token. A GitHub or Google user's id is the
 * provider's; the token carries the Marquee account's, found by the verified email (made in signIn below).
 */
async function startSessionFor(
  token: JWT,
  credentialsUser: { id?: string } | undefined,
  providerEmail?: string | null,
) {
  const member = credentialsUser ? { id: Number(credentialsUser.id) } : await findAccountByEmail(providerEmail!);
  const requestHeaders = await headers();
  token.sub = String(member!.id);
  token.sessionId = await startSession({
    userId: member!.id,
    userAgent: requestHeaders.get("user-agent"),
    address: clientAddress(requestHeaders),
  });
  return tokenOfLiveSession(token);
}

/**
 * The token while its session lives, with the account's current name and role; null, which signs the cookie out,
 * once the session was ended, expired or its account blocked or deleted. While the database cannot be asked the
 * token is left as it is: a member is not signed out by an outage, and no write gets through one anyway.
 */
async function tokenOfLiveSession(token: JWT): Promise<JWT | null> {
  if (!token.sessionId) return null;
  let account;
  try {
    account = await findLiveSessionAccount(token.sessionId);
  } catch (error) {
    getLogger().warn({ err: error }, "session not checked: the database did not answer");
    return token;
  }
  if (!account || String(account.id) !== token.sub) return null;
  await markSessionSeen(token.sessionId, account.sessionLastSeenAt);
  return { ...token, username: account.username, role: account.role };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { login: { label: "Username or email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const address = clientAddress(request.headers);
        // What was typed as the login is never logged: people type their password there by mistake.
        const log = requestLogger(request.headers).child({ address });
        // Limited here, not in the form's action, so that posting to the Auth.js endpoint directly is limited too.
        let attempt;
        try {
          // An unknown login, a wrong password and a blocked account are one refusal, in the same time.
          const account = await findAccountForSignIn(parsed.data.login);
          attempt = await throttleSignIn({ target: signInTarget(parsed.data.login, account), address }, () =>
            verifySignIn(account, parsed.data.password),
          );
        } catch (error) {
          if (!(error instanceof ServerBusy)) throw error;
          log.warn("sign-in refused: too many password checks waiting");
          throw new SignInRefused("busy");
        }
        if (attempt.outcome === "throttled") {
          log.warn("sign-in refused: too many failed attempts");
          throw new SignInRefused("throttled");
        }
        if (attempt.outcome === "refused") {
          log.info("sign-in refused: unknown login, wrong password or blocked account");
          return null;
        }
        const { account } = attempt;
        return {
          id: String(account.id),
          name: account.username,
          username: account.username,
          role: account.role,
        };
      },
    }),
    ...oauthProviders.map((entry) => entry.provider),
  ],
  // Auth.js reports through the app's log. A refused password is not an error of the site (authorize logs it, at
  // info): recognised by its class, since the production build minifies class names.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) getLogger().error({ err: error }, "Auth.js error");
    },
    warn(code) {
      getLogger().warn({ code }, "Auth.js warning");
    },
    debug() {},
  },
  events: {
    // The hint follows the session: set as it starts (any provider), gone as it ends. See lib/member-hint.ts.
    async signIn({ user, account, profile }) {
      // A GitHub or Google user's id is the provider's; the Marquee account is the one with the verified email.
      const member = user.username
        ? { id: user.id, username: user.username, role: user.role ?? "user" }
        : profile?.email
          ? await findAccountByEmail(profile.email)
          : undefined;
      getLogger().info({ userId: member?.id, provider: account?.provider }, "signed in");
      if (member?.username) await setMemberHint(member);
    },
    async signOut(message) {
      if ("token" in message && message.token?.sessionId) await endSession(message.token.sessionId);
      await clearMemberHint();
    },
  },
  callbacks: {
    // GitHub and Google vouch for the email; an unverified Google address is refused, a blocked member too.
    async signIn({ account, profile }) {
      if (account?.type !== "oidc" && account?.type !== "oauth") return true;
      if (!profile?.email || (account.provider === "google" && profile.email_verified !== true)) return false;
      const member = await findOrCreateOAuthAccount({
        email: profile.email,
        name: String(profile.login ?? profile.name ?? profile.email.split("@")[0]),
      });
      return !member.blockedAt;
    },
    async jwt({ token, user, account, profile }) {
      if (account) return startSessionFor(token, account.type === "credentials" ? user : undefined, profile?.email);
      return tokenOfLiveSession(token);
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.username = token.username!;
      session.user.role = token.role ?? "user";
      session.user.sessionId = token.sessionId!;
      return session;
    },
  },
});

/**
 * The signed-in user as the database knows them now, or undefined. Every write action starts here, so a token
 * whose session was ended, or that outlives its account, is refused.
 */
export async function findSignedInUser() {
  return accountOfSession(await auth());
}

/** The account a session stands for, if it still may: its session not ended, the account not deleted nor blocked. */
export async function accountOfSession(session: Session | null) {
  const sessionId = session?.user?.sessionId;
  const account = sessionId ? await findLiveSessionAccount(sessionId) : undefined;
  return account && String(account.id) === session?.user.id ? account : undefined;
}

/**
 * The signed-in admin, checked against the database on every call so that a demoted admin loses access at
 * once; undefined for everyone else. Admin pages and actions answer those with a 404, as if there were no admin.
 */
export async function findSignedInAdmin() {
  const user = await findSignedInUser();
  return user?.role === "admin" ? user : undefined;
}
