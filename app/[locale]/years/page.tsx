import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { BrowseIndex } from "@/app/_components/browse-index";
import { loadYearIndex } from "@/app/_data/browse";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { groupBy } from "@/lib/collections";
import { pageMetadata } from "@/lib/page-metadata";

const { path } = BROWSE_INDEXES.years;

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("YearsPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path,
  });
}

export default async function YearsPage() {
  const [yearIndex, t] = await Promise.all([loadYearIndex(), getTranslations("YearsPage")]);
  // Newest first, so the decades come newest first too.
  const byDecade = groupBy(yearIndex, ({ year }) => Math.floor(year / 10) * 10);
  return (
    <BrowseIndex
      title={t("title")}
      path={path}
      groups={[...byDecade].map(([decade, years]) => ({
        heading: t("decade", { decade: String(decade) }),
        entries: years.map(({ year, filmCount }) => ({ name: String(year), path: `/years/${year}`, filmCount })),
      }))}
    />
  );
}
