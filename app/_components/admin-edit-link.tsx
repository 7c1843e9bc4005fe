"use client";

import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { useIsAdmin } from "./use-member";

/**
 * The way from a public page to its editor, for admins: shown by the page's script from the hint (the page is one
 * cached file for everyone); the editor checks the role itself.
 */
export function AdminEditLink({ href, children }: { href: `/admin/${string}`; children: ReactNode }) {
  const isAdmin = useIsAdmin();
  if (!isAdmin) return null;
  return (
    <Link href={href} className="text-sm">
      {children}
    </Link>
  );
}
