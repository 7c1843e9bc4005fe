import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { Pagination } from "@/app/_components/pagination";
import { listUsersForAdmin, type AdminUserRow } from "@/db/queries/admin-users";
import { useLocale, useTranslations } from "next-intl";
import { formattersFor } from "@/lib/format";
import { parseListParams } from "@/lib/list-params";
import { AdminOnly } from "../_components/admin-only";
import { UserAccessForms } from "./_components/user-access-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminUsersPage"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const filterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.enum(["admin"]).optional().catch(undefined),
  status: z.enum(["blocked"]).optional().catch(undefined),
});

type UserFilter = z.infer<typeof filterSchema>;

const COLUMNS = ["user", "email", "role", "joined", "ratings", "reviews", "status", "actions"] as const;

const fieldClass = "rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900";

function listHref({ q, role, status }: UserFilter, page: number) {
  const query = new URLSearchParams({
    ...(q ? { q } : {}),
    ...(role ? { role } : {}),
    ...(status ? { status } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });
  return `/admin/users${query.size > 0 ? `?${query}` : ""}`;
}

function UserFilterForm({ filter }: { filter: UserFilter }) {
  const t = useTranslations("AdminUsersPage");
  return (
    <form role="search" aria-label={t("title")} className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col">
        {t("query")}
        <input type="search" name="q" defaultValue={filter.q} className={fieldClass} />
      </label>
      <label className="flex flex-col">
        {t("role")}
        <select name="role" defaultValue={filter.role ?? ""} className={fieldClass}>
          <option value="">{t("any")}</option>
          <option value="admin">{t("admins")}</option>
        </select>
      </label>
      <label className="flex flex-col">
        {t("status")}
        <select name="status" defaultValue={filter.status ?? ""} className={fieldClass}>
          <option value="">{t("any")}</option>
          <option value="blocked">{t("blocked")}</option>
        </select>
      </label>
      <button type="submit">{t("find")}</button>
    </form>
  );
}

function UserRow({ user, isSelf }: { user: AdminUserRow; isSelf: boolean }) {
  const t = useTranslations("AdminUsersPage");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <tr className="border-t border-stone-200 align-top dark:border-stone-800">
      <th scope="row" className="font-normal">
        <Link href={`/users/${user.username}`}>@{user.username}</Link>
      </th>
      <td>{user.email}</td>
      <td>{t(user.role === "admin" ? "admin" : "member")}</td>
      <td>{format.date(user.createdAt)}</td>
      <td>{format.number(user.ratingCount)}</td>
      <td>{format.number(user.reviewCount)}</td>
      <td>{user.blockedAt ? t("blockedSince", { date: format.date(user.blockedAt) }) : t("active")}</td>
      <td className="space-y-1">
        {isSelf ? (
          <p>{t("self")}</p>
        ) : (
          <UserAccessForms userId={user.id} isAdmin={user.role === "admin"} isBlocked={Boolean(user.blockedAt)} />
        )}
        <Link href={`/admin/audit?entity=user&id=${user.id}`} className="text-sm">
          {t("history")}
        </Link>
      </td>
    </tr>
  );
}

async function UserList({ searchParams, adminId }: { searchParams: SearchParams; adminId: number }) {
  const params = await searchParams;
  const { page } = parseListParams(params, ["newest"]);
  const filter = filterSchema.parse(params);
  const [{ users, pages }, t] = await Promise.all([
    listUsersForAdmin({ query: filter.q, role: filter.role, status: filter.status, page }),
    getTranslations("AdminUsersPage"),
  ]);
  return (
    <>
      <UserFilterForm filter={filter} />
      {users.length === 0 ? (
        <p>{t("noneMatch")}</p>
      ) : (
        // Scrolls by itself when narrower than its columns, rather than squeezing them into each other.
        <div className="overflow-x-auto">
          <table className="w-full min-w-[56rem] text-left [&_td]:px-2 [&_td]:py-2 [&_th]:px-2 [&_th]:py-2 [&_thead_th]:whitespace-nowrap">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === adminId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} hrefFor={(target) => listHref(filter, target)} />
    </>
  );
}

// Blocking stops sign-in and posting, nothing more: a blocked member's reviews stay up, since moderation is how
// content is judged, review by review.
export default function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("AdminUsersPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <AdminOnly>{(admin) => <UserList searchParams={searchParams} adminId={admin.id} />}</AdminOnly>
      </Suspense>
    </div>
  );
}
