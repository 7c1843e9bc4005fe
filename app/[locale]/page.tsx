import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { ChartList, chartFilmEntry, chartReviewedFilmEntry } from "@/app/_components/chart-list";
import { FilmShelf } from "@/app/_components/film-card";
import { FilmName } from "@/app/_components/film-name";
import { filmsInLanguage, withFilmsInLanguage } from "@/app/_data/film-titles";
import { FollowedActivityLink } from "@/app/_components/followed-activity-link";
import { ReviewCard } from "@/app/_components/review-card";
import { loadHomeCharts, loadLatestReviews } from "@/app/_data/films";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Home")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/",
    feedPath: "/feed.xml",
    isTitleAbsolute: true,
  });
}

export default async function HomePage() {
  const [reviews, { recentlyAddedFilms, chartedYear, ...charts }, t, locale] = await Promise.all([
    loadLatestReviews(),
    loadHomeCharts(),
    getTranslations("Home"),
    getLocale(),
  ]);
  const [topRatedOfYear, mostReviewed, latestReviews] = await Promise.all([
    filmsInLanguage(charts.topRatedOfYear, locale),
    filmsInLanguage(charts.mostReviewed, locale),
    withFilmsInLanguage(reviews, locale),
  ]);
  return (
    <div className="space-y-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <FollowedActivityLink />
      <div className="grid gap-8 md:grid-cols-2">
        {chartedYear ? (
          <section aria-labelledby="top-rated-year">
            <h2 id="top-rated-year" className="mb-4 text-2xl font-semibold">
              {t("topRatedOfYear", { year: chartedYear })}
            </h2>
            <ChartList entries={topRatedOfYear.map(chartFilmEntry)} />
          </section>
        ) : null}
        <section aria-labelledby="most-reviewed">
          <h2 id="most-reviewed" className="mb-4 text-2xl font-semibold">
            {t("mostReviewed")}
          </h2>
          <ChartList entries={mostReviewed.map(chartReviewedFilmEntry)} />
          <p className="mt-2">
            <Link href="/charts">{t("allCharts")}</Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="latest-reviews">
        <h2 id="latest-reviews" className="mb-4 text-2xl font-semibold">
          {t("latestReviews")}
        </h2>
        <div className="space-y-4">
          {latestReviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              film={
                <Link href={`/films/${review.film.slug}`} className="font-semibold">
                  <FilmName film={review.film} />
                </Link>
              }
            />
          ))}
        </div>
      </section>
      <FilmShelf id="recently-added" title={t("recentlyAdded")} films={recentlyAddedFilms} />
    </div>
  );
}
