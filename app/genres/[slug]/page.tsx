import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseListing } from "@/app/_components/browse-listing";
import { loadGenre, loadGenres } from "@/app/_data/browse";
import { BROWSE_INDEXES, browseCanonicalPath } from "@/lib/browse-paths";
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
  const genre = await loadGenre(slug);
  if (!genre) return { title: "Genre not found" };
  return pageMetadata({
    title: `${genre.name} films`,
    description: `${genre.name} films on Marquee, by popularity, rating, year or title.`,
    path: browseCanonicalPath(`/genres/${genre.slug}`, view),
  });
}

export default async function GenrePage({ params }: GenrePageProps) {
  const { slug, ...view } = await params;
  const genre = await loadGenre(slug);
  if (!genre) notFound();
  return (
    <BrowseListing
      title={`${genre.name} films`}
      index={BROWSE_INDEXES.genres}
      basePath={`/genres/${genre.slug}`}
      filter={{ genreId: genre.id }}
      view={view}
    />
  );
}
