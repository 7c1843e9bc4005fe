import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { BrowseIndex } from "@/app/_components/browse-index";
import { loadGenreIndex } from "@/app/_data/browse";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { getCatalogueNames } from "@/i18n/catalogue-names";
import { pageMetadata } from "@/lib/page-metadata";

const { path } = BROWSE_INDEXES.genres;

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("GenresPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path,
  });
}

export default async function GenresPage() {
  const [genres, t, names] = await Promise.all([loadGenreIndex(), getTranslations("GenresPage"), getCatalogueNames()]);
  return (
    <BrowseIndex
      title={t("title")}
      path={path}
      groups={[
        {
          entries: genres
            .map((genre) => ({
              name: names.genre(genre),
              path: `/genres/${genre.slug}`,
              filmCount: genre.filmCount,
            }))
            .sort(names.byName),
        },
      ]}
    />
  );
}
