import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "../_components/sign-in-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignInPage");
  return { title: t("title"), robots: { index: false } };
}

/** Where a failed sign-in posted without JavaScript lands (see redirectIfPostedWithoutScript). */
export default function SignInRetryPage() {
  const t = useTranslations("SignInPage");
  return <SignInPanel notice={t("noMatch")} />;
}
