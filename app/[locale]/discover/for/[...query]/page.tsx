// /discover/for/{query}: Discover with one set of filters, a cached page invalidated with the films it shows. Visitors
// never see this address: proxy.ts rewrites /discover?… to it (lib/query-pages.ts says why).
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { FilmCards } from "@/app/_components/film-card";
import { FormError } from "@/app/_components/form-field";
import { Pagination } from "@/app/_components/pagination";
import { loadGenres } from "@/app/_data/browse";
import { DISCOVER_PAGE_SIZE, loadCountriesWithFilms, loadDiscoverFilms } from "@/app/_data/discover";
import { discoverHref, discoverQuery, parseDiscoverParams, problemArguments } from "@/lib/discover-params";
import { pageCount } from "@/lib/list-params";
import { pageMetadata } from "@/lib/page-metadata";
import { paramsOf, queryOfSegments } from "@/lib/query-pages";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { DiscoverForm } from "../../_components/discover-form";

export async function generateStaticParams() {
  return [{ query: [IMPOSSIBLE_SLUG] }];
}

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("DiscoverPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/discover",
  });
}

interface DiscoverPageProps {
  params: Promise<{ query: string[] }>;
}

export default async function DiscoverPage({ params }: DiscoverPageProps) {
  const query = queryOfSegments((await params).query, discoverQuery) ?? notFound();
  const [genres, countries, t, breadcrumbs] = await Promise.all([
    loadGenres(),
    loadCountriesWithFilms(),
    getTranslations("DiscoverPage"),
    getTranslations("Breadcrumbs"),
  ]);
  const { filters, sort, page, problems } = parseDiscoverParams(paramsOf(query), {
    genres: genres.map((genre) => genre.slug),
    countries: countries.map((country) => country.code),
  });
  const { films, total } = await loadDiscoverFilms(filters, sort, page);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { name: breadcrumbs("home"), path: "/" },
          { name: t("breadcrumb"), path: "/discover" },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        {/* Keyed by the view, so going back and forth shows each view's own choices. */}
        <DiscoverForm
          key={discoverHref(filters, sort)}
          genres={genres}
          countries={countries}
          filters={filters}
          sort={sort}
        />
        <section aria-labelledby="discover-results" className="space-y-4">
          <h2 id="discover-results" className="text-xl font-semibold">
            {t("filmCount", { count: total })}
          </h2>
          <FormError errors={problems.map((problem) => t(`problems.${problem.kind}`, problemArguments(problem)))} />
          {films.length === 0 ? <p>{total === 0 ? t("noneMatch") : t("noneOnPage")}</p> : null}
          <ul className="grid grid-cols-2 gap-6 sm:grid-cols-3 xl:grid-cols-4">
            <FilmCards films={films} />
          </ul>
          <Pagination
            page={page}
            pages={pageCount(total, DISCOVER_PAGE_SIZE)}
            hrefFor={(target) => discoverHref(filters, sort, target)}
          />
        </section>
      </div>
    </div>
  );
}
