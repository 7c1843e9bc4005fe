import { cookies } from "next/headers";
import { ADMIN_HINT_COOKIE, MEMBER_HINT_COOKIE, MEMBER_HINT_MAX_AGE_SECONDS } from "@/lib/member-hint";
import { siteUrl } from "@/lib/site";

/** Called as a session starts (Auth.js's signIn event): the pages' scripts show this member's parts. */
export async function setMemberHint({ username, role }: { username: string; role: "user" | "admin" }) {
  const jar = await cookies();
  const options = {
    path: "/",
    maxAge: MEMBER_HINT_MAX_AGE_SECONDS,
    sameSite: "lax",
    // Like Auth.js's own cookies: secure when the site is served over https.
    secure: siteUrl().protocol === "https:",
    httpOnly: false,
  } as const;
  jar.set(MEMBER_HINT_COOKIE, username, options);
  if (role === "admin") jar.set(ADMIN_HINT_COOKIE, "1", options);
  else jar.delete(ADMIN_HINT_COOKIE);
}

export async function clearMemberHint() {
  const jar = await cookies();
  jar.delete(MEMBER_HINT_COOKIE);
  jar.delete(ADMIN_HINT_COOKIE);
}
