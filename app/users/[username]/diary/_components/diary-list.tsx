import { Stars } from "@/app/_components/stars";
import type { DiaryEntryData } from "@/db/queries/diary";
import { formatDate } from "@/lib/format";
import { FilmRows } from "../../_components/film-rows";

/** A month of a member's diary, one viewing a row: the film, the day, a rewatch mark, and the stars of that day. */
export function DiaryList({ label, entries }: { label: string; entries: DiaryEntryData[] }) {
  return (
    <FilmRows
      label={label}
      rows={entries.map(({ id, film, watchedOn, rewatch, rating }) => ({
        key: id,
        film,
        detail: (
          <>
            Watched <time dateTime={watchedOn}>{formatDate(watchedOn)}</time>
            {rewatch ? (
              <>
                {" · "}
                <span className="font-medium">rewatch</span>
              </>
            ) : null}
          </>
        ),
        aside: rating === null ? null : <Stars rating={rating} />,
      }))}
    />
  );
}
