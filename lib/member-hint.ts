// The member hint: a cookie scripts may read, holding the signed-in member's username, so that cached pages can be
// the same static file for everyone and the browser fills in the member's parts. It grants nothing: every write and
// every member-only read checks the (HttpOnly) session on the server.

import { USERNAME_PATTERN } from "./usernames";

export const MEMBER_HINT_COOKIE = "marquee-member";
/** As long as an Auth.js session lasts. */
export const MEMBER_HINT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The username a `document.cookie` string holds in the hint, if any. */
export function memberFromCookies(cookieHeader: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === MEMBER_HINT_COOKIE) {
      const username = decodeURIComponent(value.join("="));
      return USERNAME_PATTERN.test(username) ? username : null;
    }
  }
  return null;
}
