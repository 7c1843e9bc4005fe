import { cookies } from "next/headers";
import { MEMBER_HINT_COOKIE, MEMBER_HINT_MAX_AGE_SECONDS } from "@/lib/member-hint";
import { siteUrl } from "@/lib/site";

/** Called as a session starts (Auth.js's signIn event): the pages' scripts show this member's parts. */
export async function setMemberHint(username: string) {
  (await cookies()).set(MEMBER_HINT_COOKIE, username, {
    path: "/",
    maxAge: MEMBER_HINT_MAX_AGE_SECONDS,
    sameSite: "lax",
    // Like Auth.js's own cookies: secure when the site is served over https.
    secure: siteUrl().protocol === "https:",
    httpOnly: false,
  });
}

export async function clearMemberHint() {
  (await cookies()).delete(MEMBER_HINT_COOKIE);
}
