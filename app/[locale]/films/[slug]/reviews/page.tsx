import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import { ReviewCard } from "@/app/_components/review-card";
import { FILM_REVIEWS_PAGE_SIZE, loadFilmPageIn, loadFilmReviews, loadPrerenderedFilmSlugs } from "@/app/_data/films";
import { FILM_REVIEW_SORTS } from "@/lib/browse-sorts";
import { filmReviewsPath, filmReviewsView } from "@/lib/film-review-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { pageCount } from "@/lib/list-params";
import { staticSlugParams } from "@/lib/static-params";

interface FilmReviewsPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ slug: string; sort?: string; page?: string }>;
}

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedFilmSlugs());
}

export async function generateMetadata({ params }: FilmReviewsPageProps): Promise<Metadata> {
  const { slug, ...segments } = await params;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("FilmReviewsPage")]);
  const page = await loadFilmPageIn(slug, locale);
  if (!page) return { title: t("notFound") };
  const { film } = page;
  const view = filmReviewsView(segments);
  const filmName = `${film.title} (${film.year})`;
  return pageMetadata({
    locale,
    title: view.page > 1 ? t("titleWithPage", { film: filmName, page: view.page }) : t("title", { film: filmName }),
    description: t("description", { count: film.stats?.reviewCount ?? 0, film: filmName }),
    path: filmReviewsPath(film.slug, view.sort, view.page),
  });
}

export default async function FilmReviewsPage({ params }: FilmReviewsPageProps) {
  const { slug, ...segments } = await params;
  const loaded = await loadFilmPageIn(slug, await getLocale());
  if (!loaded) notFound();
  const { film } = loaded;
  const { sort, page } = filmReviewsView(segments);
  const filmName = `${film.title} (${film.year})`;
  const [reviews, t] = await Promise.all([loadFilmReviews(film.id, sort, page), getTranslations("FilmReviewsPage")]);
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { name: t("home"), path: "/" },
          { name: filmName, path: `/films/${film.slug}` },
          { name: t("reviews"), path: `/films/${film.slug}/reviews` },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        {t.rich("heading", { film: filmName, link: (chunks) => <Link href={`/films/${film.slug}`}>{chunks}</Link> })}
      </h1>
      <ChoiceLinks
        label={t("sortLabel")}
        options={FILM_REVIEW_SORTS}
        current={sort}
        labelFor={(option) => t(`sorts.${option}`)}
        hrefFor={(option) => filmReviewsPath(film.slug, option, 1)}
      />
      {reviews.length === 0 ? <p>{t("noReviewsOnPage")}</p> : null}
      <div className="space-y-4">
        {reviews.map((review) => (
          <ReviewCard key={review.id} review={review} />
        ))}
      </div>
      <Pagination
        page={page}
        pages={pageCount(film.stats?.reviewCount ?? 0, FILM_REVIEWS_PAGE_SIZE)}
        hrefFor={(target) => filmReviewsPath(film.slug, sort, target)}
      />
    </div>
  );
}
