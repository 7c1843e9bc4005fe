import { useLocale, useTranslations } from "next-intl";
import { Stars } from "@/app/_components/stars";
import type { DiaryEntryData } from "@/db/queries/diary";
import { formattersFor } from "@/lib/format";
import { FilmRows } from "../../_components/film-rows";

/** A month of a member's diary, one viewing a row: the film, the day, a rewatch mark, and the stars of that day. */
export function DiaryList({
  label,
  entries,
  toolsFor,
}: {
  label: string;
  entries: DiaryEntryData[];
  /** The owner's own controls for a viewing, on their private diary page. */
  toolsFor?: (entry: DiaryEntryData) => React.ReactNode;
}) {
  const t = useTranslations("DiaryList");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <FilmRows
      label={label}
      rows={entries.map((entry) => ({
        key: entry.id,
        film: entry.film,
        detail: (
          <>
            {t.rich("watched", {
              date: format.date(entry.watchedOn),
              time: (chunks) => <time dateTime={entry.watchedOn}>{chunks}</time>,
            })}
            {entry.rewatch ? (
              <>
                {" · "}
                <span className="font-medium">{t("rewatch")}</span>
              </>
            ) : null}
          </>
        ),
        aside: (
          <>
            {entry.rating === null ? null : <Stars rating={entry.rating} />}
            {toolsFor?.(entry)}
          </>
        ),
      }))}
    />
  );
}
