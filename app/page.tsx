import type { Metadata } from "next";
import Link from "next/link";
import { ChartList, chartFilmEntry, chartReviewedFilmEntry } from "./_components/chart-list";
import { FilmShelf } from "./_components/film-card";
import { FollowedActivityLink } from "./_components/followed-activity-link";
import { ReviewCard } from "./_components/review-card";
import { loadHomeCharts, loadLatestReviews } from "./_data/films";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Marquee — the open film database",
  description: "Latest reviews and newly added films on Marquee, the open-source film database anyone can host.",
  path: "/",
  feedPath: "/feed.xml",
  isTitleAbsolute: true,
});

export default async function HomePage() {
  const [latestReviews, { recentlyAddedFilms, chartedYear, topRatedOfYear, mostReviewed }] = await Promise.all([
    loadLatestReviews(),
    loadHomeCharts(),
  ]);
  return (
    <div className="space-y-12">
      <h1 className="text-3xl font-bold tracking-tight">Films, people and what everyone thinks of them</h1>
      <FollowedActivityLink />
      <div className="grid gap-8 md:grid-cols-2">
        {chartedYear ? (
          <section aria-labelledby="top-rated-year">
            <h2 id="top-rated-year" className="mb-4 text-2xl font-semibold">
              Top rated films of {chartedYear}
            </h2>
            <ChartList entries={topRatedOfYear.map(chartFilmEntry)} />
          </section>
        ) : null}
        <section aria-labelledby="most-reviewed">
          <h2 id="most-reviewed" className="mb-4 text-2xl font-semibold">
            Most reviewed
          </h2>
          <ChartList entries={mostReviewed.map(chartReviewedFilmEntry)} />
          <p className="mt-2">
            <Link href="/charts">All charts</Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="latest-reviews">
        <h2 id="latest-reviews" className="mb-4 text-2xl font-semibold">
          Latest reviews
        </h2>
        <div className="space-y-4">
          {latestReviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              film={
                <Link href={`/films/${review.film.slug}`} className="font-semibold">
                  {review.film.title} ({review.film.year})
                </Link>
              }
            />
          ))}
        </div>
      </section>
      <FilmShelf id="recently-added" title="Recently added films" films={recentlyAddedFilms} />
    </div>
  );
}
