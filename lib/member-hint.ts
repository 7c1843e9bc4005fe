// The member hint: a cookie scripts may read, holding the signed-in member's username, so that cached pages can be
// the same static file for everyone and the browser fills in the member's parts. It grants nothing: every write and
// every member-only read checks the (HttpOnly) session on the server.

import { USERNAME_PATTERN } from "./usernames";

export const MEMBER_HINT_COOKIE = "marquee-member";
/** Set beside it for an admin, so pages show the way to the admin's tools (which check the role themselves). */
export const ADMIN_HINT_COOKIE = "marquee-admin";
/** As long as an Auth.js session lasts. */
export const MEMBER_HINT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function cookieValue(cookieHeader: string, cookieName: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === cookieName) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** The username a `document.cookie` string holds in the hint, if any. */
export function memberFromCookies(cookieHeader: string): string | null {
  const username = cookieValue(cookieHeader, MEMBER_HINT_COOKIE);
  return username !== null && USERNAME_PATTERN.test(username) ? username : null;
}

/** Whether a `document.cookie` string says its member is an admin. */
export function isAdminFromCookies(cookieHeader: string): boolean {
  return memberFromCookies(cookieHeader) !== null && cookieValue(cookieHeader, ADMIN_HINT_COOKIE) === "1";
}
