import type { Metadata } from "next";
import { BrowseIndex } from "@/app/_components/browse-index";
import { loadYearIndex } from "@/app/_data/browse";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { groupBy } from "@/lib/collections";
import { pageMetadata } from "@/lib/page-metadata";

const { name, path } = BROWSE_INDEXES.years;

export const metadata: Metadata = pageMetadata({
  title: name,
  description: "Every year Marquee has films from, by decade, with how many: browse its films by popularity or rating.",
  path,
});

export default async function YearsPage() {
  // Newest first, so the decades come newest first too.
  const byDecade = groupBy(await loadYearIndex(), ({ year }) => Math.floor(year / 10) * 10);
  return (
    <BrowseIndex
      title={name}
      path={path}
      groups={[...byDecade].map(([decade, years]) => ({
        heading: `${decade}s`,
        entries: years.map(({ year, filmCount }) => ({ name: String(year), path: `/years/${year}`, filmCount })),
      }))}
    />
  );
}
