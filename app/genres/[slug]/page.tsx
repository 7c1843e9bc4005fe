import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseListing } from "@/app/_components/browse-listing";
import { loadGenre, loadGenres } from "@/app/_data/browse";
import { pageMetadata } from "@/lib/page-metadata";
import { staticSlugParams } from "@/lib/static-params";

interface GenrePageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateStaticParams() {
  return staticSlugParams((await loadGenres()).map((genre) => genre.slug));
}

export async function generateMetadata({ params }: GenrePageProps): Promise<Metadata> {
  const genre = await loadGenre((await params).slug);
  if (!genre) return { title: "Genre not found" };
  return pageMetadata({
    title: `${genre.name} films`,
    description: `${genre.name} films on Marquee, by popularity, rating, year or title.`,
    path: `/genres/${genre.slug}`,
  });
}

export default async function GenrePage({ params, searchParams }: GenrePageProps) {
  const genre = await loadGenre((await params).slug);
  if (!genre) notFound();
  return (
    <BrowseListing title={`${genre.name} films`} basePath={`/genres/${genre.slug}`} filter={{ genreId: genre.id }} searchParams={searchParams} />
  );
}
