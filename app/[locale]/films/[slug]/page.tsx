import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link, permanentRedirect } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { BareRatings } from "@/app/_components/bare-ratings";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { FilmShelf } from "@/app/_components/film-card";
import { ImageCredit } from "@/app/_components/image-credit";
import { EntityJsonLd } from "@/app/_components/json-ld";
import { Poster } from "@/app/_components/poster";
import { RatingSummary } from "@/app/_components/rating-summary";
import { ReviewCard } from "@/app/_components/review-card";
import { loadPublicListCount } from "@/app/_data/film-lists";
import { loadFilmPageIn, loadPrerenderedFilmSlugs, loadRelatedFilms, loadRenamedFilmSlug } from "@/app/_data/films";
import { pageMetadata } from "@/lib/page-metadata";
import { truncate } from "@/lib/format";
import { listsWithFilmPath } from "@/lib/film-list-paths";
import { siteUrl } from "@/lib/site";
import { staticSlugParams } from "@/lib/static-params";
import { movieJsonLd } from "@/lib/structured-data";
import { FilmFacts } from "./_components/film-facts";
import { FilmPeople } from "./_components/film-people";
import { FilmPlots } from "./_components/film-plots";
import { OwnReviewProvider } from "./_components/own-review";
import { YourDiary } from "./_components/your-diary";
import { YourRating } from "./_components/your-rating";
import { YourReview } from "./_components/your-review";
import { YourLists } from "./_components/your-lists";
import { YourWatchlist } from "./_components/your-watchlist";
import { FriendsRatings } from "./_components/friends-ratings";

interface FilmPageProps {
  params: Promise<{ slug: string }>;
}

// The most rated films are prerendered at build time; any other film renders on its first visit and is cached.
export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedFilmSlugs());
}

export async function generateMetadata({ params }: FilmPageProps): Promise<Metadata> {
  const [{ slug }, locale, t] = await Promise.all([params, getLocale(), getTranslations("FilmPage")]);
  const page = await loadFilmPageIn(slug, locale);
  if (!page) return { title: t("notFound") };
  const { film } = page;
  const plot = film.plots[0]?.body;
  return pageMetadata({
    locale,
    title: `${film.title} (${film.year})`,
    description: plot ? truncate(plot, 160) : t("fallbackDescription", { title: film.title, year: film.year }),
    path: `/films/${film.slug}`,
    feedPath: `/films/${film.slug}/feed.xml`,
    openGraphType: "video.movie",
    shareCardAlt: t("shareCardAlt", { title: film.title, year: film.year }),
  });
}

export default async function FilmPage({ params }: FilmPageProps) {
  const [{ slug }, locale] = await Promise.all([params, getLocale()]);
  const page = await loadFilmPageIn(slug, locale);
  if (!page) {
    // A renamed film keeps answering at its old address, with a permanent redirect to the new one.
    const renamedSlug = await loadRenamedFilmSlug(slug);
    if (renamedSlug) permanentRedirect({ href: `/films/${renamedSlug}`, locale });
    notFound();
  }
  const { film, reviews, bareRatings } = page;
  const [relatedFilms, listCount, t] = await Promise.all([
    loadRelatedFilms(film.id),
    loadPublicListCount(film.id),
    getTranslations("FilmPage"),
  ]);
  const stats = film.stats ?? { ratingSum: 0, ratingCount: 0, histogram: [] };
  return (
    <OwnReviewProvider filmId={film.id}>
      <article className="space-y-10">
        <EntityJsonLd
          entity={movieJsonLd(film, reviews, siteUrl())}
          name={`${film.title} (${film.year})`}
          path={`/films/${film.slug}`}
        />
        <Breadcrumbs
          trail={[
            { name: t("home"), path: "/" },
            { name: `${film.title} (${film.year})`, path: `/films/${film.slug}` },
          ]}
        />
        {/* A phone's first screen holds the title and facts beside a small poster, then the rating; the people follow.
          From md on: poster, facts and people, rating, in three columns. */}
        <div className="grid grid-cols-[1fr_7rem] gap-4 md:grid-cols-[12rem_1fr_14rem] md:gap-x-8">
          <div className="col-start-2 row-start-1 md:col-start-1 md:row-span-2">
            <Poster
              slug={film.slug}
              title={film.title}
              year={film.year}
              poster={film.poster}
              placeholder={film.posterDetails?.placeholder}
              size="hero"
            />
            <ImageCredit details={film.posterDetails} kind="poster" />
          </div>
          <div className="col-start-1 row-start-1 min-w-0 md:col-start-2">
            <FilmFacts film={film} />
          </div>
          <div className="col-span-2 row-start-2 md:col-span-1 md:col-start-3 md:row-span-2 md:row-start-1">
            <RatingSummary sum={stats.ratingSum} count={stats.ratingCount} histogram={stats.histogram}>
              <YourRating film={{ id: film.id, slug: film.slug }} />
            </RatingSummary>
            <YourWatchlist film={{ id: film.id, slug: film.slug }} />
            <FriendsRatings filmId={film.id} />
            {listCount > 0 ? (
              <p className="mt-3 text-center">
                <Link href={listsWithFilmPath(film.slug)}>{t("inLists", { count: listCount })}</Link>
              </p>
            ) : null}
            <YourLists film={{ id: film.id, slug: film.slug }} />
          </div>
          <div className="col-span-2 row-start-3 min-w-0 md:col-span-1 md:col-start-2 md:row-start-2">
            <FilmPeople directors={film.directors} cast={film.cast} crew={film.crew} />
          </div>
        </div>
        <FilmPlots plots={film.plots} />
        <YourReview film={{ id: film.id, slug: film.slug, title: film.title }} />
        <YourDiary film={{ id: film.id, slug: film.slug, title: film.title }} />
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading" className="mb-4 text-2xl font-semibold">
            {t("reviews")}
          </h2>
          {reviews.length === 0 ? (
            <p>{t("noReviews")}</p>
          ) : (
            <div className="space-y-4">
              {reviews.map((review) => (
                <ReviewCard key={review.id} review={review} />
              ))}
            </div>
          )}
          {(film.stats?.reviewCount ?? 0) > reviews.length ? (
            <p className="mt-4">
              <Link href={`/films/${film.slug}/reviews`}>{t("allReviews", { count: film.stats!.reviewCount })}</Link>
            </p>
          ) : null}
        </section>
        <BareRatings
          id="ratings-heading"
          ratings={bareRatings.map((rating) => ({
            key: rating.id,
            label: rating.author.displayName ?? rating.author.username,
            href: `/users/${rating.author.username}`,
            rating: rating.rating,
          }))}
        />
        <FilmShelf id="related-heading" title={t("relatedFilms")} films={relatedFilms} />
      </article>
    </OwnReviewProvider>
  );
}
