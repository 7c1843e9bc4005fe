import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrowseListing } from "@/app/_components/browse-listing";
import { BROWSE_INDEXES, browseCanonicalPath } from "@/lib/browse-paths";
import { pageMetadata } from "@/lib/page-metadata";

interface YearPageProps {
  /** sort and page when rendered for ./list/[sort]/[page]. */
  params: Promise<{ year: string; sort?: string; page?: string }>;
}

/** The same range the films table accepts. */
function parseYear(segment: string) {
  const year = /^\d{4}$/.test(segment) ? Number(segment) : NaN;
  return year >= 1870 && year <= 2100 ? year : undefined;
}

export async function generateStaticParams() {
  return [{ year: String(new Date().getFullYear()) }];
}

export async function generateMetadata({ params }: YearPageProps): Promise<Metadata> {
  const { year: segment, ...view } = await params;
  const year = parseYear(segment);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("YearPage")]);
  if (!year) return { title: t("notFound") };
  return pageMetadata({
    locale,
    title: t("title", { year: String(year) }),
    description: t("description", { year: String(year) }),
    path: browseCanonicalPath(`/years/${year}`, view),
  });
}

export default async function YearPage({ params }: YearPageProps) {
  const { year: segment, ...view } = await params;
  const year = parseYear(segment);
  if (!year) notFound();
  const t = await getTranslations("YearPage");
  return (
    <BrowseListing
      title={t("title", { year: String(year) })}
      index={{ name: t("index"), path: BROWSE_INDEXES.years.path }}
      basePath={`/years/${year}`}
      filter={{ year }}
      view={view}
    />
  );
}
