import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { inLanguage, localeOfPath } from "@/i18n/locales";
import { returnPathSchema } from "@/lib/validation/return-path";
import { signInPath } from "@/lib/sign-in-path";

/**
 * Answers a form posted without JavaScript with a redirect (Post/Redirect/Get): back to the page it came from,
 * to sign-in (keeping the way back), or to a static page that explains a refusal, with the same query.
 * Next 16 answers such a post on a cached page with the action's result but not the page around it
 * (vercel/next.js#97784); after the redirect the browser loads a whole page. Posts from the page's script
 * carry a `Next-Action` header and get their result as usual.
 */
export type NoScriptDestination = "back" | "sign-in" | `/${string}`;

export async function redirectIfPostedWithoutScript(destination: NoScriptDestination = "back") {
  const requestHeaders = await headers();
  if (requestHeaders.has("next-action")) return;
  const referer = requestHeaders.get("referer");
  const from = referer && URL.canParse(referer) ? new URL(referer) : undefined;
  const back = returnPathSchema.parse(from ? from.pathname + from.search : "/");
  if (destination === "back") redirect(back);
  // The sign-in page and the pages that explain a refusal are in the language of the page the form was on.
  const locale = localeOfPath(back);
  if (destination === "sign-in") redirect(inLanguage(locale, signInPath(back)));
  redirect(inLanguage(locale, `${destination}${from?.search ?? ""}`));
}
