import { Link } from "@/i18n/navigation";

export default function AdminHomePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Admin</h1>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/admin/films">Films</Link>: find, create, edit and delete films, their titles, plots, credits and
          posters.
        </li>
        <li>
          <Link href="/admin/people">People</Link>: find, create, edit, delete and merge duplicates.
        </li>
        <li>
          <Link href="/admin/users">Users</Link>: find members, make or unmake admins, block and unblock.
        </li>
        <li>
          <Link href="/admin/moderation">Moderation</Link>: reported reviews to hide, delete or dismiss.
        </li>
        <li>
          <Link href="/admin/audit">Audit log</Link>: every change, who made it, and revert.
        </li>
      </ul>
    </div>
  );
}
