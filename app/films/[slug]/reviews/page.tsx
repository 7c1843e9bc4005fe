import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import { ReviewCard } from "@/app/_components/review-card";
import { FILM_REVIEWS_PAGE_SIZE, loadFilmPage, loadFilmReviews, loadPrerenderedFilmSlugs } from "@/app/_data/films";
import { FILM_REVIEW_SORTS, type FilmReviewSort } from "@/lib/browse-sorts";
import { filmReviewsPath, filmReviewsView } from "@/lib/film-review-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { pluralise } from "@/lib/format";
import { pageCount } from "@/lib/list-params";
import { staticSlugParams } from "@/lib/static-params";

interface FilmReviewsPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ slug: string; sort?: string; page?: string }>;
}

const SORT_LABELS: Record<FilmReviewSort, string> = {
  newest: "Newest",
  highest: "Highest rated",
  lowest: "Lowest rated",
  popular: "Most liked",
};

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedFilmSlugs());
}

export async function generateMetadata({ params }: FilmReviewsPageProps): Promise<Metadata> {
  const { slug, ...segments } = await params;
  const page = await loadFilmPage(slug);
  if (!page) return { title: "Film not found" };
  const { film } = page;
  const view = filmReviewsView(segments);
  return pageMetadata({
    title: `Reviews of ${film.title} (${film.year})${view.page > 1 ? `, page ${view.page}` : ""}`,
    description: `${pluralise(film.stats?.reviewCount ?? 0, "review")} of ${film.title} (${film.year}) by Marquee members.`,
    path: filmReviewsPath(film.slug, view.sort, view.page),
  });
}

export default async function FilmReviewsPage({ params }: FilmReviewsPageProps) {
  const { slug, ...segments } = await params;
  const loaded = await loadFilmPage(slug);
  if (!loaded) notFound();
  const { film } = loaded;
  const { sort, page } = filmReviewsView(segments);
  const filmName = `${film.title} (${film.year})`;
  const reviews = await loadFilmReviews(film.id, sort, page);
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: filmName, path: `/films/${film.slug}` },
          { name: "Reviews", path: `/films/${film.slug}/reviews` },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        Reviews of <Link href={`/films/${film.slug}`}>{filmName}</Link>
      </h1>
      <ChoiceLinks
        label="Sort reviews"
        options={FILM_REVIEW_SORTS}
        current={sort}
        labelFor={(option) => SORT_LABELS[option]}
        hrefFor={(option) => filmReviewsPath(film.slug, option, 1)}
      />
      {reviews.length === 0 ? <p>No reviews on this page.</p> : null}
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
