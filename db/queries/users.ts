// Reads about accounts for sign-in and authorisation.
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { users } from "../schema";

/** What sign-in and authorisation need to know of an account. Never sent to the browser. */
const accountColumns = {
  id: users.id,
  username: users.username,
  role: users.role,
  passwordHash: users.passwordHash,
  passwordChangedAt: users.passwordChangedAt,
  blockedAt: users.blockedAt,
  emailVerifiedAt: users.emailVerifiedAt,
};

/** The account a sign-in names, by username or email, regardless of case. */
export async function findAccountForSignIn(login: string) {
  const [account] = await getDb()
    .select(accountColumns)
    .from(users)
    .where(
      sql`(lower(${users.username}) = lower(${login}) or lower(${users.email}) = lower(${login})) and ${users.deletedAt} is null`,
    )
    .limit(1);
  return account;
}

/** The current state of a signed-in user: actions re-check it, so a token outliving its account is refused. */
export async function findAccountById(id: number) {
  const [account] = await getDb()
    .select(accountColumns)
    .from(users)
    .where(sql`${users.id} = ${id} and ${users.deletedAt} is null`)
    .limit(1);
  return account;
}

/** The account with this email, regardless of case: how a GitHub or Google sign-in finds its member. */
export async function findAccountByEmail(email: string) {
  const [account] = await getDb()
    .select(accountColumns)
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email}) and ${users.deletedAt} is null`)
    .limit(1);
  return account;
}
