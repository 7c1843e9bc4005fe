"use client";

import { useTranslations } from "next-intl";

// Shown for unexpected errors: a plain apology and a retry, never the error's details.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">{t("explanation")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent-500 px-4 py-2 font-medium text-stone-950 hover:bg-accent-400"
      >
        {t("retry")}
      </button>
    </div>
  );
}
