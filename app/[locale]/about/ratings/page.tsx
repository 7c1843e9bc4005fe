import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Stars } from "@/app/_components/stars";
import { loadChartParameters } from "@/app/_data/charts";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("AboutRatingsPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/about/ratings",
  });
}

export default async function AboutRatingsPage() {
  const [{ globalMean, minimumVotes }, t, breadcrumbs] = await Promise.all([
    loadChartParameters(),
    getTranslations("AboutRatingsPage"),
    getTranslations("Breadcrumbs"),
  ]);
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <Breadcrumbs
        trail={[
          { name: breadcrumbs("home"), path: "/" },
          { name: t("title"), path: "/about/ratings" },
        ]}
      />
      <h1 className="text-4xl font-bold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="scale" className="space-y-2">
        <h2 id="scale" className="text-2xl font-semibold">
          {t("scale.heading")}
        </h2>
        <p>
          {t.rich("scale.text", {
            least: () => <Stars rating={1} />,
            most: () => <Stars rating={10} />,
            trash: () => <Stars rating={0} />,
            seven: () => <Stars rating={7} />,
          })}
        </p>
      </section>
      <section aria-labelledby="average" className="space-y-2">
        <h2 id="average" className="text-2xl font-semibold">
          {t("average.heading")}
        </h2>
        <p>{t("average.text")}</p>
      </section>
      <section aria-labelledby="weighted" className="space-y-2">
        <h2 id="weighted" className="text-2xl font-semibold">
          {t("weighted.heading")}
        </h2>
        <p>{t("weighted.why")}</p>
        <p className="text-center font-semibold">WR = v/(v+m)·R + m/(v+m)·C</p>
        <p>{t("weighted.terms", { mean: globalMean, minimumVotes })}</p>
        <p>{t("weighted.freshness")}</p>
      </section>
      <section aria-labelledby="pre-release" className="space-y-2">
        <h2 id="pre-release" className="text-2xl font-semibold">
          {t("preRelease.heading")}
        </h2>
        <p>{t("preRelease.text")}</p>
      </section>
    </article>
  );
}
