import { listCountryOptions, listGenreOptions } from "@/db/queries/admin";
import { getCatalogueNames } from "@/i18n/catalogue-names";

interface Option {
  value: string;
  label: string;
}

/** The genres and countries a film form offers, named and ordered in the page's language. */
export async function loadFilmFormOptions() {
  const [genres, countries, names] = await Promise.all([listGenreOptions(), listCountryOptions(), getCatalogueNames()]);
  const byLabel = (a: Option, b: Option) => names.byName({ name: a.label }, { name: b.label });
  return {
    genres: genres.map((genre) => ({ value: genre.slug, label: names.genre(genre) })).sort(byLabel),
    countries: countries.map((country) => ({ value: country.code, label: names.country(country) })).sort(byLabel),
  };
}
