import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Marquee" },
  robots: { index: false, follow: false },
};

/**
 * Curation. proxy.ts answers 404 to anyone but an admin before this renders; pages and actions check again.
 * `admin-area` gives the editors' plain buttons the look of buttons (globals.css).
 */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="admin-area space-y-6">
      <nav
        aria-label="Admin"
        className="flex flex-wrap gap-x-4 gap-y-1 border-b border-stone-200 pb-3 dark:border-stone-800"
      >
        <Link href="/admin">Admin</Link>
        <Link href="/admin/films">Films</Link>
        <Link href="/admin/people">People</Link>
        <Link href="/admin/users">Users</Link>
        <Link href="/admin/moderation">Moderation</Link>
        <Link href="/admin/audit">Audit log</Link>
      </nav>
      {children}
    </div>
  );
}
