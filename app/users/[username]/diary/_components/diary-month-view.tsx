import Link from "next/link";
import type { DiaryEntryData } from "@/db/queries/diary";
import { formatMonth, type DiaryMonth } from "@/lib/diary-paths";
import { pluralise } from "@/lib/format";
import { DiaryList } from "./diary-list";

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
  return (
    <>
      {!month ? (
        <p>Nothing logged yet.</p>
      ) : (
        <section aria-labelledby="diary-month" className="space-y-3">
          <h2 id="diary-month" className="text-2xl font-semibold">
            {formatMonth(month)}
          </h2>
          <p>{pluralise(entries.length, "viewing")}</p>
          <DiaryList label={`Viewings in ${formatMonth(month)}`} entries={entries} toolsFor={toolsFor} />
        </section>
      )}
      {earlier || later ? (
        <nav aria-label="Other months" className="flex flex-wrap justify-between gap-4">
          {earlier ? <Link href={pathFor(earlier)}>← {formatMonth(earlier)}</Link> : <span />}
          {later ? <Link href={pathFor(later)}>{formatMonth(later)} →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
