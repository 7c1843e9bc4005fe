import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { JsonLd } from "@/app/_components/json-ld";
import { loadCharts } from "@/app/_data/charts";
import type { ChartFilm, ChartPerson } from "@/db/queries/charts";
import { groupBy } from "@/lib/collections";
import { pageMetadata } from "@/lib/page-metadata";
import { pluralise } from "@/lib/format";
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

export const metadata: Metadata = pageMetadata({
  title: "Charts",
  description:
    "The top rated and most reviewed films on Marquee, by genre and decade, and the best rated directors and actors.",
  path: "/charts",
});

function personEntry(person: ChartPerson): ChartEntry {
  return {
    key: person.slug,
    name: person.name,
    path: `/people/${person.slug}`,
    ...weightedScore(person.weighted),
    detail: `${pluralise(person.films, "film")} · ${pluralise(person.votes, "rating")}`,
  };
}

function GroupedCharts({
  prefix,
  films,
}: {
  prefix: string;
  films: (ChartFilm & { group_key: string; group_name: string })[];
}) {
  return [...groupBy(films, (film) => film.group_key)].map(([key, group]) => (
    <section key={key} aria-labelledby={`${prefix}-${key}`}>
      <h3 id={`${prefix}-${key}`} className="mb-1 text-lg font-semibold">
        {group[0]!.group_name}
      </h3>
      <ChartList entries={group.map(chartFilmEntry)} />
    </section>
  ));
}

export default async function ChartsPage() {
  const { parameters, topRated, mostReviewed, perGenre, perDecade, directors, actors } = await loadCharts();
  const topRatedEntries = topRated.map(chartFilmEntry);
  return (
    <div className="max-w-4xl space-y-10">
      <JsonLd data={itemListJsonLd("Top rated films", topRatedEntries, siteUrl())} />
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: "Charts", path: "/charts" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-4xl font-bold tracking-tight">Charts</h1>
        <p>
          Ranked by the weighted rating <strong>WR = v/(v+m)·R + m/(v+m)·C</strong>, where v is a film’s number of
          ratings and R its mean rating, C = {formatPercentage(parameters.globalMean, 1)} is the mean of all ratings and
          m = {parameters.minimumVotes} is the minimum number of ratings to be charted. Like every rating on Marquee, it
          is shown as a percentage. <Link href="/about/ratings">About ratings</Link>
        </p>
      </header>
      <HeadedSection id="top-rated" title="Top rated films">
        <ChartList entries={topRatedEntries} />
      </HeadedSection>
      <HeadedSection id="most-reviewed" title="Most reviewed films">
        <ChartList entries={mostReviewed.map(chartReviewedFilmEntry)} />
      </HeadedSection>
      <HeadedSection id="by-genre" title="Best by genre">
        <GroupedCharts prefix="genre" films={perGenre} />
      </HeadedSection>
      <HeadedSection id="by-decade" title="Best by decade">
        <GroupedCharts prefix="decade" films={perDecade} />
      </HeadedSection>
      <HeadedSection id="top-directors" title="Top directors">
        <ChartList entries={directors.map(personEntry)} />
      </HeadedSection>
      <HeadedSection id="top-actors" title="Top actors">
        <ChartList entries={actors.map(personEntry)} />
      </HeadedSection>
    </div>
  );
}
