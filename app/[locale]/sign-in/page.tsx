import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/page-metadata";
import { SignInPanel } from "./_components/sign-in-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignInPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/sign-in",
    isNoIndex: true,
  });
}

export default function SignInPage() {
  return <SignInPanel />;
}
