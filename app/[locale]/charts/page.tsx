import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { JsonLd } from "@/app/_components/json-ld";
import { loadCharts } from "@/app/_data/charts";
import type { ChartFilm, ChartPerson } from "@/db/queries/charts";
import { groupBy } from "@/lib/collections";
import { pageMetadata } from "@/lib/page-metadata";
import { formatPercentage } from "@/lib/rating";
import { siteUrl } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";
import {
  ChartList,
  chartFilmEntry,
  chartReviewedFilmEntry,
  weightedScore,
  type ChartEntry,
} from "@/app/_components/chart-list";
import { HeadedSection } from "@/app/_components/headed-section";
import { filmsInLanguage } from "@/app/_data/film-titles";
import { getCatalogueNames } from "@/i18n/catalogue-names";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("ChartsPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/charts",
  });
}

type GroupedFilm = ChartFilm & { group_key: string; group_name: string };

function GroupedCharts({
  prefix,
  films,
  headingFor,
}: {
  prefix: string;
  films: GroupedFilm[];
  /** A group's heading, from any of its films. */
  headingFor: (film: GroupedFilm) => string;
}) {
  return [...groupBy(films, (film) => film.group_key)].map(([key, group]) => (
    <section key={key} aria-labelledby={`${prefix}-${key}`}>
      <h3 id={`${prefix}-${key}`} className="mb-1 text-lg font-semibold">
        {headingFor(group[0]!)}
      </h3>
      <ChartList entries={group.map(chartFilmEntry)} />
    </section>
  ));
}

export default async function ChartsPage() {
  const [{ parameters, directors, actors, ...charts }, t, breadcrumbs, locale, names] = await Promise.all([
    loadCharts(),
    getTranslations("ChartsPage"),
    getTranslations("Breadcrumbs"),
    getLocale(),
    getCatalogueNames(),
  ]);
  const [topRated, mostReviewed, perGenre, perDecade] = await Promise.all([
    filmsInLanguage(charts.topRated, locale),
    filmsInLanguage(charts.mostReviewed, locale),
    filmsInLanguage(charts.perGenre, locale),
    filmsInLanguage(charts.perDecade, locale),
  ]);
  const topRatedEntries = topRated.map(chartFilmEntry);
  const personEntry = (person: ChartPerson): ChartEntry => ({
    key: person.slug,
    name: person.name,
    path: `/people/${person.slug}`,
    ...weightedScore(person.weighted),
    detail: t("personDetail", { films: person.films, ratings: person.votes }),
  });
  return (
    <div className="max-w-4xl space-y-10">
      <JsonLd data={itemListJsonLd(t("topRated"), topRatedEntries, siteUrl())} />
      <Breadcrumbs
        trail={[
          { name: breadcrumbs("home"), path: "/" },
          { name: t("title"), path: "/charts" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-4xl font-bold tracking-tight">{t("title")}</h1>
        <p>
          {t.rich("explanation", {
            formula: "WR = v/(v+m)·R + m/(v+m)·C",
            mean: formatPercentage(parameters.globalMean, 1),
            minimumVotes: parameters.minimumVotes,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{" "}
          <Link href="/about/ratings">{t("aboutRatings")}</Link>
        </p>
      </header>
      <HeadedSection id="top-rated" title={t("topRated")}>
        <ChartList entries={topRatedEntries} />
      </HeadedSection>
      <HeadedSection id="most-reviewed" title={t("mostReviewed")}>
        <ChartList entries={mostReviewed.map(chartReviewedFilmEntry)} />
      </HeadedSection>
      <HeadedSection id="by-genre" title={t("byGenre")}>
        <GroupedCharts
          prefix="genre"
          films={perGenre}
          headingFor={(film) => names.genre({ slug: film.group_key, name: film.group_name })}
        />
      </HeadedSection>
      <HeadedSection id="by-decade" title={t("byDecade")}>
        <GroupedCharts
          prefix="decade"
          films={perDecade}
          headingFor={(film) => t("decade", { decade: film.group_key })}
        />
      </HeadedSection>
      <HeadedSection id="top-directors" title={t("topDirectors")}>
        <ChartList entries={directors.map(personEntry)} />
      </HeadedSection>
      <HeadedSection id="top-actors" title={t("topActors")}>
        <ChartList entries={actors.map(personEntry)} />
      </HeadedSection>
    </div>
  );
}
