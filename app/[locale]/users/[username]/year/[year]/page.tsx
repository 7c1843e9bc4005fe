import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { BarChart } from "@/app/_components/bar-chart";
import { HeadedSection } from "@/app/_components/headed-section";
import { Stars } from "@/app/_components/stars";
import { loadDiaryOwner, loadYearInReview } from "@/app/_data/diary";
import { filmsInLanguage } from "@/app/_data/film-titles";
import { diaryPath, parseYearSegment, yearInReviewPath } from "@/lib/diary-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { monthNamerFor } from "../../diary/_components/month-name";
import { FilmName } from "@/app/_components/film-name";
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
  const [view, t] = await Promise.all([loadYearView(await params), getTranslations("YearInReviewPage")]);
  if (!view) return { title: t("notFoundTitle") };
  const { user, name, year, review } = view;
  return pageMetadata({
    locale: await getLocale(),
    title: t("title", { name, year }),
    description: t("description", {
      name,
      username: user.username,
      year,
      films: review.films,
      viewings: review.viewings,
    }),
    path: yearInReviewPath(user.username, year),
  });
}

export default async function YearPage({ params }: YearPageProps) {
  const view = await loadYearView(await params);
  if (!view) notFound();
  const [t, locale] = await Promise.all([getTranslations("YearInReviewPage"), getLocale()]);
  const { user, name, year, review } = view;
  const topRated = await filmsInLanguage(review.topRated, locale);
  const hours = Math.round(review.minutes / 60);
  const monthName = monthNamerFor(locale);
  const films = (count: number) => t("filmCount", { count });
  return (
    <div className="max-w-3xl space-y-8">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[
          { name: t("diary"), path: diaryPath(user.username) },
          { name: String(year), path: yearInReviewPath(user.username, year) },
        ]}
        heading={(member) => t.rich("heading", { name, year, member })}
      />
      <dl aria-label={t("inNumbers")} className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {[
          [t("films"), films(review.films)],
          [t("viewings"), t("viewingCount", { count: review.viewings })],
          [t("rewatches"), t("rewatchCount", { count: review.rewatches })],
          [t("hoursWatched"), t("hourCount", { count: hours })],
        ].map(([term, value]) => (
          <div key={term} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <dt className="text-sm text-stone-600 dark:text-stone-400">{term}</dt>
            <dd className="text-xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <HeadedSection id="year-months" title={t("monthByMonth")}>
        <BarChart
          label={t("viewingsByMonth")}
          bars={review.byMonth.map(({ month, count }) => ({
            label: monthName({ year, month }),
            count,
            href: diaryPath(user.username, { year, month }),
          }))}
          unit={(count) => t("viewingCount", { count })}
        />
      </HeadedSection>
      {topRated.length > 0 ? (
        <HeadedSection id="year-top-rated" title={t("highestRated")}>
          <ol aria-label={t("highestRatedFilms")} className="space-y-1">
            {topRated.map((film) => (
              <li key={film.slug} className="flex flex-wrap justify-between gap-x-3">
                <Link href={`/films/${film.slug}`}>
                  <FilmName film={film} />
                </Link>
                <Stars rating={film.rating} />
              </li>
            ))}
          </ol>
        </HeadedSection>
      ) : null}
      <HeadedSection id="year-decades" title={t("byDecade")}>
        <BarChart
          label={t("filmsByDecade")}
          // The query labels a decade in English ("1990s"); the page says it in its language.
          bars={review.byDecade.map((bar) => ({ ...bar, label: t("decade", { decade: parseInt(bar.label, 10) }) }))}
          unit={films}
        />
      </HeadedSection>
      {review.byGenre.length > 0 ? (
        <HeadedSection id="year-genres" title={t("byGenre")}>
          <BarChart label={t("filmsByGenre")} bars={review.byGenre} unit={films} />
        </HeadedSection>
      ) : null}
      {review.byCountry.length > 0 ? (
        <HeadedSection id="year-countries" title={t("byCountry")}>
          <BarChart label={t("filmsByCountry")} bars={review.byCountry} unit={films} />
        </HeadedSection>
      ) : null}
      {review.directors.length > 0 ? (
        <HeadedSection id="year-directors" title={t("mostWatchedDirectors")}>
          <BarChart label={t("mostWatchedDirectors")} bars={review.directors} unit={films} />
        </HeadedSection>
      ) : null}
      <p>
        <Link href={diaryPath(user.username)}>{t("theDiary")}</Link>
      </p>
    </div>
  );
}
