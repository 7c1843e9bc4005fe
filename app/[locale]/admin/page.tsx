import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const SECTIONS = [
  { key: "films", href: "/admin/films" },
  { key: "people", href: "/admin/people" },
  { key: "users", href: "/admin/users" },
  { key: "moderation", href: "/admin/moderation" },
  { key: "audit", href: "/admin/audit" },
] as const;

export default async function AdminHomePage() {
  const t = await getTranslations("AdminHomePage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <ul className="list-disc space-y-1 pl-6">
        {SECTIONS.map(({ key, href }) => (
          <li key={key}>{t.rich(key, { link: (name) => <Link href={href}>{name}</Link> })}</li>
        ))}
      </ul>
    </div>
  );
}
