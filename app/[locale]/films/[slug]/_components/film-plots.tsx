import { useTranslations } from "next-intl";
import type { FilmPageData } from "@/db/queries/films";

/** Plot summaries, each credited to its source (and its licence, where it has one). */
export function FilmPlots({ plots }: { plots: FilmPageData["plots"] }) {
  const t = useTranslations("FilmPlots");
  if (plots.length === 0) return null;
  return (
    <section aria-labelledby="plot-heading" className="max-w-3xl space-y-4">
      <h2 id="plot-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      {plots.map((plot) => (
        <figure key={plot.id} lang={plot.language}>
          <blockquote className="leading-relaxed">{plot.body}</blockquote>
          <figcaption className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            —{" "}
            {plot.sourceUrl ? (
              <a href={plot.sourceUrl} rel="nofollow noopener">
                {plot.source}
              </a>
            ) : (
              plot.source
            )}
            {plot.license ? <span> ({plot.license})</span> : null}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
