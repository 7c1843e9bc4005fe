import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { DiaryEntryData } from "@/db/queries/diary";
import type { DiaryMonth } from "@/lib/diary-paths";
import { DiaryList } from "./diary-list";
import { monthNamerFor } from "./month-name";

/** A month of a diary with the way to the months around it: the public diary's and the member's own. */
export function DiaryMonthView({
  month,
  entries,
  earlier,
  later,
  pathFor,
  toolsFor,
}: {
  /** Undefined for a diary with nothing logged. */
  month?: DiaryMonth;
  entries: DiaryEntryData[];
  earlier?: DiaryMonth;
  later?: DiaryMonth;
  pathFor: (month: DiaryMonth) => string;
  toolsFor?: (entry: DiaryEntryData) => React.ReactNode;
}) {
  const t = useTranslations("DiaryMonthView");
  const monthName = monthNamerFor(useLocale());
  return (
    <>
      {!month ? (
        <p>{t("empty")}</p>
      ) : (
        <section aria-labelledby="diary-month" className="space-y-3">
          <h2 id="diary-month" className="text-2xl font-semibold">
            {monthName(month)}
          </h2>
          <p>{t("viewings", { count: entries.length })}</p>
          <DiaryList label={t("listLabel", { month: monthName(month) })} entries={entries} toolsFor={toolsFor} />
        </section>
      )}
      {earlier || later ? (
        <nav aria-label={t("otherMonths")} className="flex flex-wrap justify-between gap-4">
          {earlier ? <Link href={pathFor(earlier)}>{t("earlier", { month: monthName(earlier) })}</Link> : <span />}
          {later ? <Link href={pathFor(later)}>{t("later", { month: monthName(later) })}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
