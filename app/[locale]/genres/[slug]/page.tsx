import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseListing } from "@/app/_components/browse-listing";
import { loadGenre, loadGenres } from "@/app/_data/browse";
import { BROWSE_INDEXES, browseCanonicalPath } from "@/lib/browse-paths";
import { getCatalogueNames } from "@/i18n/catalogue-names";
import { pageMetadata } from "@/lib/page-metadata";
import { staticSlugParams } from "@/lib/static-params";

interface GenrePageProps {
  /** sort and page when rendered for ./list/[sort]/[page]. */
  params: Promise<{ slug: string; sort?: string; page?: string }>;
}

export async function generateStaticParams() {
  return staticSlugParams((await loadGenres()).map((genre) => genre.slug));
}

export async function generateMetadata({ params }: GenrePageProps): Promise<Metadata> {
  const { slug, ...view } = await params;
  const [genre, locale, t, names] = await Promise.all([
    loadGenre(slug),
    getLocale(),
    getTranslations("GenrePage"),
    getCatalogueNames(),
  ]);
  if (!genre) return { title: t("notFound") };
  return pageMetadata({
    locale,
    title: t("title", { genre: names.genre(genre) }),
    description: t("description", { genre: names.genre(genre) }),
    path: browseCanonicalPath(`/genres/${genre.slug}`, view),
  });
}

export default async function GenrePage({ params }: GenrePageProps) {
  const { slug, ...view } = await params;
  const [genre, t, names] = await Promise.all([loadGenre(slug), getTranslations("GenrePage"), getCatalogueNames()]);
  if (!genre) notFound();
  return (
    <BrowseListing
      title={t("title", { genre: names.genre(genre) })}
      index={{ name: t("index"), path: BROWSE_INDEXES.genres.path }}
      basePath={`/genres/${genre.slug}`}
      filter={{ genreId: genre.id }}
      view={view}
    />
  );
}
