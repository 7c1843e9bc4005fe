import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/page-metadata";
import { SignUpForm } from "./_components/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignUpPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/sign-up",
    isNoIndex: true,
  });
}

export default function SignUpPage() {
  const t = useTranslations("SignUpPage");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <SignUpForm />
    </div>
  );
}
