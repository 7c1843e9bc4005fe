// The member a private page (their activity, their notifications) is for: read from the session on each request, so
// such a page is never cached; a visitor is sent to sign in and brought back.
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { findSignedInUser } from "@/auth";

export async function memberOrSignIn(returnTo: `/${string}`) {
  await connection();
  const user = await findSignedInUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return user;
}
