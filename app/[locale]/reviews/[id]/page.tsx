import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { EntityJsonLd } from "@/app/_components/json-ld";
import { MemberAvatar } from "@/app/_components/member-avatar";
import { ReviewCard } from "@/app/_components/review-card";
import { Stars } from "@/app/_components/stars";
import { loadReviewPageIn } from "@/app/_data/reviews";
import { pageMetadata } from "@/lib/page-metadata";
import { formattersFor, truncate } from "@/lib/format";
import { parseId } from "@/lib/route-params";
import { siteUrl } from "@/lib/site";
import { reviewJsonLd } from "@/lib/structured-data";
import { MemberTools } from "./_components/member-tools";
import { YourLike } from "./_components/your-like";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
}

/** The review, its film titled in the page's language. */
async function loadFromParams(params: ReviewPageProps["params"]) {
  const id = parseId((await params).id);
  return id ? loadReviewPageIn(id, await getLocale()) : undefined;
}

// Reviews are many and each is read rarely: one stands in for validation, the rest render on first visit.
export async function generateStaticParams() {
  return [{ id: "1" }];
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  const [review, locale, t, stars] = await Promise.all([
    loadFromParams(params),
    getLocale(),
    getTranslations("ReviewPage"),
    getTranslations("Stars"),
  ]);
  if (!review) return { title: t("notFound") };
  const author = review.author.displayName ?? review.author.username;
  const excerpt = review.body && !review.hasSpoilers ? ` ${truncate(review.body, 120)}` : "";
  const film = `${review.film.title} (${review.film.year})`;
  return pageMetadata({
    locale,
    title: t("title", { author, film }),
    description: `${stars("label", { stars: review.rating / 2 })}.${excerpt}`,
    path: `/reviews/${review.id}`,
    openGraphType: "article",
    shareCardAlt: t("shareCardAlt", { author, film }),
  });
}

export default async function ReviewPage({ params }: ReviewPageProps) {
  const [review, locale, t, formatWords] = await Promise.all([
    loadFromParams(params),
    getLocale(),
    getTranslations("ReviewPage"),
    getTranslations("Format"),
  ]);
  if (!review) notFound();
  const format = formattersFor(locale, formatWords);
  const author = review.author.displayName ?? review.author.username;
  const filmName = `${review.film.title} (${review.film.year})`;
  return (
    <article className="max-w-3xl space-y-6">
      <EntityJsonLd
        entity={reviewJsonLd(review, siteUrl())}
        name={t("title", { author, film: filmName })}
        path={`/reviews/${review.id}`}
      />
      <Breadcrumbs
        trail={[
          { name: t("home"), path: "/" },
          { name: filmName, path: `/films/${review.film.slug}` },
          { name: t("reviewBy", { author }), path: `/reviews/${review.id}` },
        ]}
      />
      <div className="flex items-center gap-3">
        <MemberAvatar
          name={author}
          avatar={review.author.avatar}
          placeholder={review.author.avatarPlaceholder}
          size="small"
        />
        <h1 className="min-w-0 text-3xl font-bold tracking-tight break-words">
          {t.rich("heading", {
            author,
            film: filmName,
            link: (chunks) => <Link href={`/films/${review.film.slug}`}>{chunks}</Link>,
          })}
        </h1>
      </div>
      <ReviewCard review={review} />
      <YourLike reviewId={review.id} />
      <MemberTools
        review={{
          id: review.id,
          filmId: review.film.id,
          rating: review.rating,
          body: review.body,
          hasSpoilers: review.hasSpoilers,
          author: { username: review.author.username },
        }}
      />
      {review.revisions.length > 0 ? (
        <section aria-labelledby="revisions-heading" className="space-y-3">
          <h2 id="revisions-heading" className="text-xl font-semibold">
            {t("earlierVersions")}
          </h2>
          <ol className="space-y-3">
            {review.revisions.map((revision) => (
              <li key={revision.id} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
                <p className="flex gap-3 text-sm text-stone-600 dark:text-stone-400">
                  <time dateTime={revision.writtenAt.toISOString()}>{format.dateTime(revision.writtenAt)}</time>
                  <Stars rating={revision.rating} />
                </p>
                {revision.body ? (
                  <p className="mt-1 whitespace-pre-line">
                    {revision.hasSpoilers ? `${t("containedSpoilers")} ` : ""}
                    {revision.body}
                  </p>
                ) : (
                  <p className="mt-1">{t("ratingWithoutReview")}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
