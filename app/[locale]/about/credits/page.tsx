import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("CreditsPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/about/credits",
  });
}

// TMDB's terms ask every application using its API to say so, in these words, where it credits its sources: the notice
// stays in English on every language's page.
export default async function CreditsPage() {
  const [t, breadcrumbs] = await Promise.all([getTranslations("CreditsPage"), getTranslations("Breadcrumbs")]);
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <Breadcrumbs
        trail={[
          { name: breadcrumbs("home"), path: "/" },
          { name: t("title"), path: "/about/credits" },
        ]}
      />
      <h1 className="text-4xl font-bold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="plots" className="space-y-2">
        <h2 id="plots" className="text-2xl font-semibold">
          {t("plots.heading")}
        </h2>
        <p>{t("plots.text")}</p>
      </section>
      <section aria-labelledby="pictures" className="space-y-2">
        <h2 id="pictures" className="text-2xl font-semibold">
          {t("pictures.heading")}
        </h2>
        <p>
          {t.rich("pictures.text", {
            tmdb: (chunks) => <a href="https://www.themoviedb.org/">{chunks}</a>,
          })}
        </p>
        <p lang="en">This product uses the TMDB API but is not endorsed or certified by TMDB.</p>
      </section>
    </article>
  );
}
