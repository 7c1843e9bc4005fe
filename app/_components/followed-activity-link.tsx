"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useMember } from "./use-member";

/**
 * On the home page, which is one cached page for everyone: for a signed-in member, the way to what the people they
 * follow did, shown once the page's script has read the member hint.
 */
export function FollowedActivityLink() {
  const t = useTranslations("FollowedActivityLink");
  const username = useMember();
  if (!username) return null;
  return (
    <p className="rounded-lg border border-stone-200 px-4 py-3 dark:border-stone-800">
      <Link href="/activity" className="font-semibold">
        {t("link")}
      </Link>{" "}
      <span className="text-stone-600 dark:text-stone-400">{t("what")}</span>
    </p>
  );
}
