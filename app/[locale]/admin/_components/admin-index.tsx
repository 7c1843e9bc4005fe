import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { AdminOnly } from "./admin-only";

/** An admin list page: its heading with the link to make a new one, and the list, for admins only. */
export function AdminIndex({
  title,
  newHref,
  newLabel,
  loadingLabel,
  children,
}: {
  title: string;
  newHref: string;
  newLabel: string;
  loadingLabel: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <Link href={newHref}>{newLabel}</Link>
      </div>
      <Suspense fallback={<p>{loadingLabel}</p>}>
        <AdminOnly>{() => children}</AdminOnly>
      </Suspense>
    </div>
  );
}

/** The admin lists' search: one text field, read back from `?q=`. */
export function AdminSearchForm({ id, label, query }: { id: string; label: string; query: string }) {
  const t = useTranslations("AdminIndex");
  return (
    <form role="search" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        defaultValue={query}
        placeholder={`${label}…`}
        className="rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      />
      <button type="submit">{t("find")}</button>
    </form>
  );
}
