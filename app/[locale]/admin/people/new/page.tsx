import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AdminOnly } from "../../_components/admin-only";
import { PersonForm } from "../_components/person-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminNewPersonPage"))("title") };
}

export default function NewPersonPage() {
  const t = useTranslations("AdminNewPersonPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <AdminOnly>{() => <PersonForm />}</AdminOnly>
      </Suspense>
    </div>
  );
}
