import Link from "next/link";
import { connection } from "next/server";
import { signOutAction } from "@/app/sign-in/actions";
import { auth } from "@/auth";

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
  const session = await auth();
  if (!session?.user) return <SignedOutLinks />;
  return (
    <>
      <Link href={`/users/${session.user.username}`}>@{session.user.username}</Link>
      <form action={signOutAction}>
        <button type="submit" className="text-accent-700 underline underline-offset-2 dark:text-accent-400">
          Sign out
        </button>
      </form>
    </>
  );
}
