import type { Metadata } from "next";
import { BrowseIndex } from "@/app/_components/browse-index";
import { loadCountryIndex } from "@/app/_data/browse";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { pageMetadata } from "@/lib/page-metadata";

const { name, path } = BROWSE_INDEXES.countries;

export const metadata: Metadata = pageMetadata({
  title: name,
  description: "Every country Marquee has films from, with how many: browse its films by popularity, rating or year.",
  path,
});

export default async function CountriesPage() {
  const countries = await loadCountryIndex();
  return (
    <BrowseIndex
      title={name}
      path={path}
      groups={[
        {
          entries: countries.map((country) => ({
            name: country.name,
            path: `/countries/${country.code.toLowerCase()}`,
            filmCount: country.filmCount,
          })),
        },
      ]}
    />
  );
}
