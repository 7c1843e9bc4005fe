import { permanentRedirect } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseListing } from "@/app/_components/browse-listing";
import { loadCountry } from "@/app/_data/browse";
import { BROWSE_INDEXES, browseCanonicalPath } from "@/lib/browse-paths";
import { getCatalogueNames } from "@/i18n/catalogue-names";
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
  const [country, locale, t, names] = await Promise.all([
    countryFor(code),
    getLocale(),
    getTranslations("CountryPage"),
    getCatalogueNames(),
  ]);
  if (!country) return { title: t("notFound") };
  return pageMetadata({
    locale,
    title: t("title", { country: names.country(country) }),
    description: t("description", { country: names.country(country) }),
    path: browseCanonicalPath(`/countries/${country.code.toLowerCase()}`, view),
  });
}

export default async function CountryPage({ params }: CountryPageProps) {
  const { code, ...view } = await params;
  const [country, t, names] = await Promise.all([
    countryFor(code),
    getTranslations("CountryPage"),
    getCatalogueNames(),
  ]);
  if (!country) notFound();
  // One URL per country: /countries/KR answers with the lower-case address.
  if (code !== country.code.toLowerCase())
    permanentRedirect({ href: `/countries/${country.code.toLowerCase()}`, locale: await getLocale() });
  return (
    <BrowseListing
      title={t("title", { country: names.country(country) })}
      index={{ name: t("index"), path: BROWSE_INDEXES.countries.path }}
      basePath={`/countries/${country.code.toLowerCase()}`}
      filter={{ countryCode: country.code }}
      view={view}
    />
  );
}
