import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { JsonLd } from "@/app/_components/json-ld";
import { ReviewCard } from "@/app/_components/review-card";
import { loadReviewPage } from "@/app/_data/reviews";
import { pageMetadata } from "@/lib/page-metadata";
import { truncate } from "@/lib/format";
import { describeRating } from "@/lib/rating";
import { parseId } from "@/lib/route-params";
import { siteUrl } from "@/lib/site";
import { reviewJsonLd } from "@/lib/structured-data";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
}

async function loadFromParams(params: ReviewPageProps["params"]) {
  const id = parseId((await params).id);
  return id ? loadReviewPage(id) : undefined;
}

// Reviews are many and each is read rarely: one stands in for validation, the rest render on first visit.
export async function generateStaticParams() {
  return [{ id: "1" }];
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  const review = await loadFromParams(params);
  if (!review) return { title: "Review not found" };
  const author = review.author.displayName ?? review.author.username;
  const excerpt = review.body && !review.hasSpoilers ? ` ${truncate(review.body, 120)}` : "";
  return pageMetadata({
    title: `${author} on ${review.film.title} (${review.film.year})`,
    description: `${describeRating(review.rating)}.${excerpt}`,
    path: `/reviews/${review.id}`,
    openGraphType: "article",
  });
}

export default async function ReviewPage({ params }: ReviewPageProps) {
  const review = await loadFromParams(params);
  if (!review) notFound();
  const author = review.author.displayName ?? review.author.username;
  const filmName = `${review.film.title} (${review.film.year})`;
  return (
    <article className="max-w-3xl space-y-6">
      <JsonLd data={reviewJsonLd(review, siteUrl())} />
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: filmName, path: `/films/${review.film.slug}` },
          { name: `Review by ${author}`, path: `/reviews/${review.id}` },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        {author}’s review of <Link href={`/films/${review.film.slug}`}>{filmName}</Link>
      </h1>
      <ReviewCard review={review} />
    </article>
  );
}
