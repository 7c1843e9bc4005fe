import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { ListForm } from "../_components/list-form";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("NewListPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/lists/new",
    isNoIndex: true,
  });
}

/** The same static form for everyone: the action checks the session, and sends a visitor to sign in. */
export default async function NewListPage() {
  const t = await getTranslations("NewListPage");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <ListForm />
    </div>
  );
}
