import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { returnPathSchema } from "@/lib/validation/accounts";

/**
 * Answers a form posted without JavaScript with a redirect back to the page it came from (Post/Redirect/Get).
 * Next 16 answers such a post on a partly cached page with the action's result but without the page around it
 * (vercel/next.js#97784); the redirect makes the browser load the page afresh, showing what was saved. Posts
 * from the page's script carry a `Next-Action` header and get their result as usual.
 */
export async function redirectIfPostedWithoutScript({ viaSignIn = false }: { viaSignIn?: boolean } = {}) {
  const requestHeaders = await headers();
  if (requestHeaders.has("next-action")) return;
  const referer = requestHeaders.get("referer");
  const from = referer && URL.canParse(referer) ? new URL(referer) : undefined;
  const back = returnPathSchema.parse(from ? from.pathname + from.search : "/");
  redirect(viaSignIn ? `/sign-in?returnTo=${encodeURIComponent(back)}` : back);
}
