// Auth.js: the one place that knows how sessions are made. Credentials (argon2id) with JWT sessions that carry
// the user's id, username and role; actions re-check the account in the database (requireUser).
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { findAccountById, findAccountForSignIn } from "@/db/queries/users";
import { rateLimits } from "@/lib/rate-limits";
import { verifyPassword } from "@/lib/password";

declare module "next-auth" {
  interface Session {
    user: { id: string; username: string; role: "user" | "admin"; passwordVersion: number } & DefaultSession["user"];
  }
  interface User {
    username?: string;
    role?: "user" | "admin";
    passwordVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    username?: string;
    role?: "user" | "admin";
    passwordVersion?: number;
  }
}

/**
 * The client's address: the first X-Forwarded-For hop (set by the operator's proxy), else X-Real-IP. Behind no
 * proxy both are absent and every client shares one bucket, which only makes the per-address limit stricter.
 */
export function clientAddress(headers: Headers) {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

const credentialsSchema = z.object({ login: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { login: { label: "Username or email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // Counted here, not in the form's action, so that posting to the Auth.js endpoint directly is limited too.
        const isWithinLimits =
          (await hitRateLimit(rateLimits.signInPerAddress, clientAddress(request.headers))) &&
          (await hitRateLimit(rateLimits.signInPerAccount, parsed.data.login));
        if (!isWithinLimits) return null;
        const account = await findAccountForSignIn(parsed.data.login);
        if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, parsed.data.password))) return null;
        return {
          id: String(account.id),
          name: account.username,
          username: account.username,
          role: account.role,
          passwordVersion: account.passwordChangedAt.getTime(),
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.username = user.username;
        token.role = user.role;
        token.passwordVersion = user.passwordVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.username = token.username!;
      session.user.role = token.role ?? "user";
      session.user.passwordVersion = token.passwordVersion ?? 0;
      return session;
    },
  },
});

/**
 * The signed-in user as the database knows them now, or undefined. Every write action starts here, so a
 * token that outlives its account, or its password (sessions end when the password changes), is refused.
 */
export async function findSignedInUser() {
  const session = await auth();
  const id = Number(session?.user?.id);
  const account = Number.isInteger(id) && id > 0 ? await findAccountById(id) : undefined;
  if (!account || account.passwordChangedAt.getTime() !== session?.user.passwordVersion) return undefined;
  return account;
}
