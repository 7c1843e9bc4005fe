import { useLocale, useTranslations } from "next-intl";
import Form from "next/form";
import { useCatalogueNames } from "@/i18n/catalogue-names";
import { getPathname, Link } from "@/i18n/navigation";
import {
  DISCOVER_SORTS,
  RUNTIME_RANGE,
  YEAR_RANGE,
  type DiscoverFilters,
  type DiscoverSort,
} from "@/lib/discover-params";

const MIN_RATINGS = [50, 60, 70, 80, 90];

const FIELD = "w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900";
const LEGEND = "mb-1 font-medium";

function RangeFields({
  legend,
  from,
  to,
  range,
}: {
  legend: string;
  from: { name: string; value?: number };
  to: { name: string; value?: number };
  range: { min: number; max: number };
}) {
  const t = useTranslations("DiscoverForm");
  return (
    <fieldset>
      <legend className={LEGEND}>{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        {[
          { ...from, label: t("from") },
          { ...to, label: t("to") },
        ].map((field) => (
          <label key={field.name} className="text-sm">
            {field.label}
            <input
              type="number"
              name={field.name}
              min={range.min}
              max={range.max}
              defaultValue={field.value}
              className={FIELD}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How many filters a view sets, for the phone's "Filters" line. */
function countSetFilters({ genres, ...single }: DiscoverFilters) {
  return genres.length + Object.values(single).filter((value) => value !== undefined).length;
}

/**
 * The filters as a GET form, so every choice lands in the URL and the page works without JavaScript. On a phone it
 * is folded under a "Filters" line, so the films come first; from lg on it is always open beside them (the
 * disclosure's content is shown whatever its state, and its summary hidden).
 */
export function DiscoverForm({
  genres,
  countries,
  filters,
  sort,
}: {
  genres: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
  filters: DiscoverFilters;
  sort: DiscoverSort;
}) {
  const t = useTranslations("DiscoverForm");
  const locale = useLocale();
  const names = useCatalogueNames();
  const setCount = countSetFilters(filters);
  return (
    <details className="lg:[&::details-content]:[content-visibility:visible]">
      <summary className="cursor-pointer rounded-md border border-stone-300 px-3 py-2 font-medium lg:hidden dark:border-stone-700">
        {setCount > 0 ? t("filtersAndSortSet", { count: setCount }) : t("filtersAndSort")}
      </summary>
      <Form
        action={getPathname({ href: "/discover", locale })}
        aria-label={t("filters")}
        className="mt-4 space-y-5 lg:mt-0"
      >
        <fieldset>
          <legend className={LEGEND}>{t("genres")}</legend>
          <p className="mb-1 text-sm text-stone-600 dark:text-stone-400">{t("genresHint")}</p>
          <div className="grid grid-cols-2 gap-x-3">
            {genres.map((genre) => (
              <label key={genre.slug} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="genre"
                  value={genre.slug}
                  defaultChecked={filters.genres.includes(genre.slug)}
                />
                {names.genre(genre)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block">
          <span className={`block ${LEGEND}`}>{t("country")}</span>
          <select name="country" defaultValue={filters.country?.toLowerCase() ?? ""} className={FIELD}>
            <option value="">{t("anyCountry")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code.toLowerCase()}>
                {names.country(country)}
              </option>
            ))}
          </select>
        </label>
        <RangeFields
          legend={t("year")}
          from={{ name: "yearFrom", value: filters.yearFrom }}
          to={{ name: "yearTo", value: filters.yearTo }}
          range={YEAR_RANGE}
        />
        <RangeFields
          legend={t("runtime")}
          from={{ name: "runtimeFrom", value: filters.runtimeFrom }}
          to={{ name: "runtimeTo", value: filters.runtimeTo }}
          range={RUNTIME_RANGE}
        />
        <label className="block">
          <span className={`block ${LEGEND}`}>{t("minRating")}</span>
          <select name="minRating" defaultValue={filters.minRating ?? ""} className={FIELD}>
            <option value="">{t("anyRating")}</option>
            {/* A hand-made link may carry another value: keep it selectable so the form does not drop it. */}
            {[...new Set([...MIN_RATINGS, ...(filters.minRating !== undefined ? [filters.minRating] : [])])]
              .sort((a, b) => a - b)
              .map((percentage) => (
                <option key={percentage} value={percentage}>
                  {t("ratingOrMore", { percentage })}
                </option>
              ))}
          </select>
        </label>
        <label className="block">
          <span className={`block ${LEGEND}`}>{t("minVotes")}</span>
          <input type="number" name="minVotes" min={0} defaultValue={filters.minVotes} className={FIELD} />
        </label>
        <label className="block">
          <span className={`block ${LEGEND}`}>{t("sortBy")}</span>
          <select name="sort" defaultValue={sort} className={FIELD}>
            {DISCOVER_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(`sorts.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-4">
          <button
            type="submit"
            className="rounded-md bg-accent-500 px-4 py-2 font-medium text-stone-950 hover:bg-accent-400"
          >
            {t("showFilms")}
          </button>
          <Link href="/discover">{t("clearFilters")}</Link>
        </div>
      </Form>
    </details>
  );
}
