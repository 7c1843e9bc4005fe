import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { AdminEditLink } from "@/app/_components/admin-edit-link";
import type { FilmPageData } from "@/db/queries/films";
import { formattersFor } from "@/lib/format";

/** Title block and the facts line: original and alternate titles, genres, countries, year, runtime. */
export function FilmFacts({ film }: { film: FilmPageData }) {
  const t = useTranslations("FilmFacts");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  const otherTitles = film.titles.filter((title) => title.title !== film.originalTitle && title.title !== film.title);
  return (
    <header className="space-y-2">
      <h1 className="text-4xl font-bold tracking-tight">
        {film.title} <span className="font-normal text-stone-600 dark:text-stone-400">({film.year})</span>
      </h1>
      <AdminEditLink href={`/admin/films/${film.id}`}>{t("editFilm")}</AdminEditLink>
      {film.originalTitle && film.originalTitle !== film.title ? (
        <p>
          <span className="text-stone-600 dark:text-stone-400">{t("originalTitle")} </span>
          <span lang={film.titles.find((title) => title.title === film.originalTitle)?.language ?? undefined}>
            {film.originalTitle}
          </span>
        </p>
      ) : null}
      {otherTitles.length > 0 ? (
        <p>
          <span className="text-stone-600 dark:text-stone-400">{t("alsoKnownAs")} </span>
          {otherTitles.map((title, index) => (
            <span key={title.title}>
              {index > 0 ? ", " : null}
              <span lang={title.language ?? undefined}>{title.title}</span>
            </span>
          ))}
        </p>
      ) : null}
      <p className="text-stone-700 dark:text-stone-300">
        {film.genres.map((genre, index) => (
          <span key={genre.slug}>
            {index > 0 ? " / " : null}
            <Link href={`/genres/${genre.slug}`}>{genre.name}</Link>
          </span>
        ))}
        {film.countries.map((country, index) => (
          <span key={country.code}>
            {index > 0 ? ", " : " · "}
            <Link href={`/countries/${country.code.toLowerCase()}`}>{country.name}</Link>
          </span>
        ))}
        {" · "}
        <Link href={`/years/${film.year}`}>{film.year}</Link>
        {film.runtimeMinutes ? ` · ${format.runtime(film.runtimeMinutes)}` : null}
      </p>
      {film.releaseDate ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {t("released", { date: format.date(film.releaseDate) })}
        </p>
      ) : null}
    </header>
  );
}
