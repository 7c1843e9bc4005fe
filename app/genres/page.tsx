import type { Metadata } from "next";
import { BrowseIndex } from "@/app/_components/browse-index";
import { loadGenreIndex } from "@/app/_data/browse";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { pageMetadata } from "@/lib/page-metadata";

const { name, path } = BROWSE_INDEXES.genres;

export const metadata: Metadata = pageMetadata({
  title: name,
  description: "Every genre on Marquee, with how many films each has: browse its films by popularity, rating or year.",
  path,
});

export default async function GenresPage() {
  const genres = await loadGenreIndex();
  return (
    <BrowseIndex
      title={name}
      path={path}
      groups={[
        {
          entries: genres.map((genre) => ({
            name: genre.name,
            path: `/genres/${genre.slug}`,
            filmCount: genre.filmCount,
          })),
        },
      ]}
    />
  );
}
