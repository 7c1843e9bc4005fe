// The member a private page (their activity, their notifications) is for: read from the session on each request, so
// such a page is never cached; a visitor is sent to sign in and brought back.
import { getLocale } from "next-intl/server";
import { connection } from "next/server";
import { findSignedInUser } from "@/auth";
import { getPathname, redirect } from "@/i18n/navigation";
import { signInPath } from "@/lib/sign-in-path";

export async function memberOrSignIn(returnTo: `/${string}`) {
  await connection();
  const user = await findSignedInUser();
  if (!user) {
    const locale = await getLocale();
    const back = getPathname({ href: returnTo, locale });
    return redirect({ href: signInPath(back), locale });
  }
  return user;
}
