import Link from "next/link";
import { Suspense } from "react";
import { AdminOnly } from "./admin-only";

/** An admin list page: its heading with the link to make a new one, and the list, for admins only. */
export function AdminIndex({ title, newHref, newLabel, children }: { title: string; newHref: string; newLabel: string; children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <Link href={newHref}>{newLabel}</Link>
      </div>
      <Suspense fallback={<p>Loading {title.toLowerCase()}…</p>}>
        <AdminOnly>{() => children}</AdminOnly>
      </Suspense>
    </div>
  );
}
