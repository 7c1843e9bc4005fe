import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// Next marks every 404 answer noindex itself (a robots meta tag), so only the title is set here.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("NotFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">{t("explanation")}</p>
      <p className="mt-6">
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
