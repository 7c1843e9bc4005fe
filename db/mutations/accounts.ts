// Writes to accounts.
import postgres from "postgres";
import { hashPassword } from "@/lib/password";
import { getDb } from "../client";
import { users } from "../schema";

export type CreateAccountResult = { ok: true; id: number } | { ok: false; taken: "username" | "email" };

/** Creates an account; a username or email already in use (in any case) is reported, not thrown. */
export async function createAccount({ username, email, password }: { username: string; email: string; password: string }): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(password);
  try {
    const [account] = await getDb().insert(users).values({ username, email, passwordHash }).returning({ id: users.id });
    return { ok: true, id: account!.id };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof postgres.PostgresError ? error.cause : error;
    if (cause instanceof postgres.PostgresError && cause.code === "23505") {
      return { ok: false, taken: cause.constraint_name === "users_email_key" ? "email" : "username" };
    }
    throw error;
  }
}
