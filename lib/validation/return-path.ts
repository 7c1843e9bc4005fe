// Where a form sends the member next: a path on this site only. Apart from the account schemas, so that every action
// (app/_actions/post-redirect-get.ts) can use it without loading the password estimator's dictionaries.
import { z } from "zod";

/** Where to go after signing in: only a path on this site, never another origin. */
export const returnPathSchema = z
  .string()
  .regex(/^\/(?![/\\])/, "")
  .max(2000)
  .catch("/");

/**
 * The return path of a sign-in or sign-up form: its `returnTo` field, filled in by the page's script, else the
 * `returnTo` of the page the form was posted from (the Referer), which is all a browser without JavaScript sends.
 */
export function resolveReturnPath(field: FormDataEntryValue | null, referer: string | null): string {
  if (typeof field === "string" && field !== "") return returnPathSchema.parse(field);
  if (!referer || !URL.canParse(referer)) return "/";
  return returnPathSchema.parse(new URL(referer).searchParams.get("returnTo"));
}
