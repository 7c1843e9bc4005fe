import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { BrowseIndex } from "@/app/_components/browse-index";
import { loadCountryIndex } from "@/app/_data/browse";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { getCatalogueNames } from "@/i18n/catalogue-names";
import { pageMetadata } from "@/lib/page-metadata";

const { path } = BROWSE_INDEXES.countries;

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("CountriesPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path,
  });
}

export default async function CountriesPage() {
  const [countries, t, names] = await Promise.all([
    loadCountryIndex(),
    getTranslations("CountriesPage"),
    getCatalogueNames(),
  ]);
  return (
    <BrowseIndex
      title={t("title")}
      path={path}
      groups={[
        {
          entries: countries
            .map((country) => ({
              name: names.country(country),
              path: `/countries/${country.code.toLowerCase()}`,
              filmCount: country.filmCount,
            }))
            .sort(names.byName),
        },
      ]}
    />
  );
}
