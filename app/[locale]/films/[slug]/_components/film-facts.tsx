import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { AdminEditLink } from "@/app/_components/admin-edit-link";
import type { FilmPageInLanguage } from "@/app/_data/films";
import { useCatalogueNames } from "@/i18n/catalogue-names";
import { formattersFor } from "@/lib/format";

/**
 * Title block and the facts line: the title in the page's language, the original and the other titles (the English
 * one among them when the page's language has its own), genres, countries, year, runtime.
 */
export function FilmFacts({ film }: { film: FilmPageInLanguage }) {
  const t = useTranslations("FilmFacts");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  const names = useCatalogueNames();
  const englishTitle = { title: film.englishTitle, language: null };
  const otherTitles = [englishTitle, ...film.titles].filter(
    (title, index, all) =>
      title.title !== film.originalTitle &&
      title.title !== film.title &&
      all.findIndex((other) => other.title === title.title) === index,
  );
  return (
    <header className="space-y-2">
      <h1 className="text-4xl font-bold tracking-tight">
        <span lang={film.titleLanguage}>{film.title}</span>{" "}
        <span className="font-normal text-stone-600 dark:text-stone-400">({film.year})</span>
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
            <Link href={`/genres/${genre.slug}`}>{names.genre(genre)}</Link>
          </span>
        ))}
        {film.countries.map((country, index) => (
          <span key={country.code}>
            {index > 0 ? ", " : " · "}
            <Link href={`/countries/${country.code.toLowerCase()}`}>{names.country(country)}</Link>
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
