import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Breadcrumbs } from "./breadcrumbs";
import { HeadedSection } from "./headed-section";

export interface BrowseIndexEntry {
  name: string;
  path: string;
  filmCount: number;
}

/** A run of entries under a heading of their own (a decade's years), or under none. */
export interface BrowseIndexGroup {
  heading?: string;
  entries: BrowseIndexEntry[];
}

function EntryList({ entries }: { entries: BrowseIndexEntry[] }) {
  const t = useTranslations("BrowseIndex");
  return (
    <ul className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3 lg:grid-cols-4">
      {entries.map((entry) => (
        <li key={entry.path} className="break-words">
          <Link href={entry.path}>{entry.name}</Link>{" "}
          <span className="whitespace-nowrap text-sm text-stone-600 dark:text-stone-400">
            {t("films", { count: entry.filmCount })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** An index of browse pages (every genre, year or country that has films), each with its count, linking its list. */
export function BrowseIndex({ title, path, groups }: { title: string; path: string; groups: BrowseIndexGroup[] }) {
  const t = useTranslations("BrowseIndex");
  const breadcrumbs = useTranslations("Breadcrumbs");
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { name: breadcrumbs("home"), path: "/" },
          { name: title, path },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {groups.every((group) => group.entries.length === 0) ? <p>{t("noFilms")}</p> : null}
      {groups.map((group, index) =>
        group.heading ? (
          <HeadedSection key={group.heading} id={`group-${index}`} title={group.heading}>
            <EntryList entries={group.entries} />
          </HeadedSection>
        ) : (
          <EntryList key={index} entries={group.entries} />
        ),
      )}
    </div>
  );
}
