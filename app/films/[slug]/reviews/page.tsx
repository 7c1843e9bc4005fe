import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import { ReviewCard } from "@/app/_components/review-card";
import { FILM_REVIEWS_PAGE_SIZE, loadFilmPage, loadFilmReviews, loadPrerenderedFilmSlugs } from "@/app/_data/films";
import { FILM_REVIEW_SORTS, type FilmReviewSort } from "@/db/queries/films";
import { pageMetadata } from "@/lib/page-metadata";
import { pluralise } from "@/lib/format";
import { pageCount, parseListParams } from "@/lib/list-params";
import { staticSlugParams } from "@/lib/static-params";

interface FilmReviewsPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const SORT_LABELS: Record<FilmReviewSort, string> = {
  newest: "Newest",
  highest: "Highest rated",
  lowest: "Lowest rated",
};

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedFilmSlugs());
}

export async function generateMetadata({ params }: FilmReviewsPageProps): Promise<Metadata> {
  const page = await loadFilmPage((await params).slug);
  if (!page) return { title: "Film not found" };
  const { film } = page;
  return pageMetadata({
    title: `Reviews of ${film.title} (${film.year})`,
    description: `${pluralise(film.stats?.reviewCount ?? 0, "review")} of ${film.title} (${film.year}) by Marquee members.`,
    path: `/films/${film.slug}/reviews`,
  });
}

function hrefFor(slug: string, sort: FilmReviewSort, page: number) {
  const query = new URLSearchParams({
    ...(sort !== "newest" ? { sort } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });
  return `/films/${slug}/reviews${query.size ? `?${query}` : ""}`;
}

interface ListedFilm {
  id: number;
  slug: string;
  reviewCount: number;
}

async function ReviewListFor({
  film,
  searchParams,
}: {
  film: ListedFilm;
  searchParams: FilmReviewsPageProps["searchParams"];
}) {
  const { page, sort } = parseListParams(await searchParams, FILM_REVIEW_SORTS);
  return <ReviewList film={film} page={page} sort={sort} />;
}

async function ReviewList({ film, page, sort }: { film: ListedFilm; page: number; sort: FilmReviewSort }) {
  const reviews = await loadFilmReviews(film.id, sort, page);
  return (
    <>
      <ChoiceLinks
        label="Sort reviews"
        options={FILM_REVIEW_SORTS}
        current={sort}
        labelFor={(option) => SORT_LABELS[option]}
        hrefFor={(option) => hrefFor(film.slug, option, 1)}
      />
      {reviews.length === 0 ? <p>No reviews on this page.</p> : null}
      <div className="space-y-4">
        {reviews.map((review) => (
          <ReviewCard key={review.id} review={review} />
        ))}
      </div>
      <Pagination
        page={page}
        pages={pageCount(film.reviewCount, FILM_REVIEWS_PAGE_SIZE)}
        hrefFor={(target) => hrefFor(film.slug, sort, target)}
      />
    </>
  );
}

export default async function FilmReviewsPage({ params, searchParams }: FilmReviewsPageProps) {
  const page = await loadFilmPage((await params).slug);
  if (!page) notFound();
  const { film } = page;
  const filmName = `${film.title} (${film.year})`;
  const listed = { id: film.id, slug: film.slug, reviewCount: film.stats?.reviewCount ?? 0 };
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
      {/* The page and sort come from the query string, known only per request: the list streams in. */}
      {/* The newest reviews are in the cached shell, complete without JavaScript; another page or order streams in. */}
      <Suspense fallback={<ReviewList film={listed} page={1} sort={FILM_REVIEW_SORTS[0]} />}>
        <ReviewListFor film={listed} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
