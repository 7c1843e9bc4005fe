import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { BrowseListing } from "@/app/_components/browse-listing";
import { loadCountry } from "@/app/_data/browse";
import { BROWSE_INDEXES, browseCanonicalPath } from "@/lib/browse-paths";
import { pageMetadata } from "@/lib/page-metadata";

interface CountryPageProps {
  /** sort and page when rendered for ./list/[sort]/[page]. */
  params: Promise<{ code: string; sort?: string; page?: string }>;
}

export async function generateStaticParams() {
  return [{ code: "us" }];
}

async function countryFor(code: string) {
  return /^[A-Za-z]{2}$/.test(code) ? loadCountry(code) : undefined;
}

export async function generateMetadata({ params }: CountryPageProps): Promise<Metadata> {
  const { code, ...view } = await params;
  const country = await countryFor(code);
  if (!country) return { title: "Country not found" };
  return pageMetadata({
    title: `Films from ${country.name}`,
    description: `Films produced in ${country.name}, by popularity, rating, year or title.`,
    path: browseCanonicalPath(`/countries/${country.code.toLowerCase()}`, view),
  });
}

export default async function CountryPage({ params }: CountryPageProps) {
  const { code, ...view } = await params;
  const country = await countryFor(code);
  if (!country) notFound();
  // One URL per country: /countries/KR answers with the lower-case address.
  if (code !== country.code.toLowerCase()) permanentRedirect(`/countries/${country.code.toLowerCase()}`);
  return (
    <BrowseListing
      title={`Films from ${country.name}`}
      index={BROWSE_INDEXES.countries}
      basePath={`/countries/${country.code.toLowerCase()}`}
      filter={{ countryCode: country.code }}
      view={view}
    />
  );
}
