// How an admin names the row to keep when merging a duplicate: by id, by slug, or by pasting a link to its page.
import { z } from "zod";
import { parseId } from "@/lib/route-params";

/**
 * An id ("42", "#42") or a slug ("akira-kurosawa", or a pasted "/people/akira-kurosawa" link) of a row whose public
 * pages live under `/${path}/`, since admins find the row to keep on its public page or in the list.
 */
export function referenceSchema({ path, missing, invalid }: { path: string; missing: string; invalid: string }) {
  const linkPrefix = new RegExp(`^.*/${path}/`);
  return z
    .string()
    .trim()
    .min(1, missing)
    .max(300, invalid)
    .transform((text, context): { id: number } | { slug: string } => {
      const id = parseId(text.replace(/^#/, ""));
      if (id) return { id };
      const slug = text.replace(linkPrefix, "").replace(/[/?#].*$/, "");
      if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return { slug };
      context.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    });
}
