import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/app/_components/bar-chart";
import { HeadedSection } from "@/app/_components/headed-section";
import { Stars } from "@/app/_components/stars";
import { loadDiaryOwner, loadYearInReview } from "@/app/_data/diary";
import { diaryPath, formatMonth, parseYearSegment, yearInReviewPath } from "@/lib/diary-paths";
import { pluralise } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { MemberPageHeader } from "../../_components/member-page-header";

interface YearPageProps {
  params: Promise<{ username: string; year: string }>;
}

export async function generateStaticParams() {
  return [{ username: IMPOSSIBLE_SLUG, year: "2000" }];
}

/** The member and their year; undefined for no member, a year not written as one, or a year with nothing logged. */
async function loadYearView({ username, year: segment }: Awaited<YearPageProps["params"]>) {
  const year = parseYearSegment(segment);
  if (!year) return undefined;
  const owner = await loadDiaryOwner(username);
  if (!owner) return undefined;
  const review = await loadYearInReview(owner.user.id, year);
  return review ? { ...owner, year, review } : undefined;
}

export async function generateMetadata({ params }: YearPageProps): Promise<Metadata> {
  const view = await loadYearView(await params);
  if (!view) return { title: "Year not found" };
  const { user, name, year, review } = view;
  return pageMetadata({
    title: `${name}’s ${year} in films`,
    description: `${pluralise(review.films, "film")} in ${pluralise(review.viewings, "viewing")}: ${name} (@${user.username})’s ${year} on Marquee.`,
    path: yearInReviewPath(user.username, year),
  });
}

const films = (count: number) => pluralise(count, "film");

export default async function YearPage({ params }: YearPageProps) {
  const view = await loadYearView(await params);
  if (!view) notFound();
  const { user, name, year, review } = view;
  const hours = Math.round(review.minutes / 60);
  return (
    <div className="max-w-3xl space-y-8">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[
          { name: "Diary", path: diaryPath(user.username) },
          { name: String(year), path: yearInReviewPath(user.username, year) },
        ]}
        heading={(memberLink) => (
          <>
            {memberLink}’s {year} in films
          </>
        )}
      />
      <dl aria-label="The year in numbers" className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {[
          ["Films", films(review.films)],
          ["Viewings", pluralise(review.viewings, "viewing")],
          ["Rewatches", pluralise(review.rewatches, "rewatch", "rewatches")],
          ["Hours watched", pluralise(hours, "hour")],
        ].map(([term, value]) => (
          <div key={term} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <dt className="text-sm text-stone-600 dark:text-stone-400">{term}</dt>
            <dd className="text-xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <HeadedSection id="year-months" title="Month by month">
        <BarChart
          label="Viewings by month"
          bars={review.byMonth.map(({ month, count }) => ({
            label: formatMonth({ year, month }),
            count,
            href: diaryPath(user.username, { year, month }),
          }))}
          unit={(count) => pluralise(count, "viewing")}
        />
      </HeadedSection>
      {review.topRated.length > 0 ? (
        <HeadedSection id="year-top-rated" title="Highest rated">
          <ol aria-label="Highest rated films of the year" className="space-y-1">
            {review.topRated.map((film) => (
              <li key={film.slug} className="flex flex-wrap justify-between gap-x-3">
                <Link href={`/films/${film.slug}`}>
                  {film.title} ({film.year})
                </Link>
                <Stars rating={film.rating} />
              </li>
            ))}
          </ol>
        </HeadedSection>
      ) : null}
      <HeadedSection id="year-decades" title="By decade">
        <BarChart label="Films by decade" bars={review.byDecade} unit={films} />
      </HeadedSection>
      {review.byGenre.length > 0 ? (
        <HeadedSection id="year-genres" title="By genre">
          <BarChart label="Films by genre" bars={review.byGenre} unit={films} />
        </HeadedSection>
      ) : null}
      {review.byCountry.length > 0 ? (
        <HeadedSection id="year-countries" title="By country">
          <BarChart label="Films by country" bars={review.byCountry} unit={films} />
        </HeadedSection>
      ) : null}
      {review.directors.length > 0 ? (
        <HeadedSection id="year-directors" title="Most watched directors">
          <BarChart label="Most watched directors" bars={review.directors} unit={films} />
        </HeadedSection>
      ) : null}
      <p>
        <Link href={diaryPath(user.username)}>The diary</Link>
      </p>
    </div>
  );
}
