import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ADMIN_CLIENT_NAMESPACES, CLIENT_NAMESPACES, clientMessages } from "@/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminLayout");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false, follow: false },
  };
}

/**
 * Curation. proxy.ts answers 404 to anyone but an admin before this renders; pages and actions check again.
 * `admin-area` gives the editors' plain buttons the look of buttons (globals.css). Its provider replaces the root
 * layout's for the pages inside, adding the admin editors' messages, which public pages never carry.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [messages, t] = await Promise.all([getMessages(), getTranslations("AdminLayout")]);
  return (
    <NextIntlClientProvider messages={clientMessages(messages, [...CLIENT_NAMESPACES, ...ADMIN_CLIENT_NAMESPACES])}>
      <div className="admin-area space-y-6">
        <nav
          aria-label={t("navigation")}
          className="flex flex-wrap gap-x-4 gap-y-1 border-b border-stone-200 pb-3 dark:border-stone-800"
        >
          <Link href="/admin">{t("home")}</Link>
          <Link href="/admin/films">{t("films")}</Link>
          <Link href="/admin/people">{t("people")}</Link>
          <Link href="/admin/users">{t("users")}</Link>
          <Link href="/admin/moderation">{t("moderation")}</Link>
          <Link href="/admin/audit">{t("audit")}</Link>
        </nav>
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
