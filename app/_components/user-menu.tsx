import Link from "next/link";
import { connection } from "next/server";
import { signOutAction } from "@/app/sign-in/actions";
import { findSignedInUser } from "@/auth";

export function SignedOutLinks() {
  return (
    <>
      <Link href="/sign-in">Sign in</Link>
      <Link href="/sign-up">Create account</Link>
    </>
  );
}

/** The header's account links; rendered per request inside Suspense so cached pages stay cached. */
export async function UserMenu() {
  await connection();
  const user = await findSignedInUser();
  if (!user) return <SignedOutLinks />;
  return (
    <>
      <Link href={`/users/${user.username}`}>@{user.username}</Link>
      <Link href="/settings">Settings</Link>
      <form action={signOutAction}>
        <button type="submit" className="text-accent-700 underline underline-offset-2 dark:text-accent-400">
          Sign out
        </button>
      </form>
    </>
  );
}
