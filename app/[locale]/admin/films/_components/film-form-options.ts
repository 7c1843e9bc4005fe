import { listCountryOptions, listGenreOptions } from "@/db/queries/admin";

/** The genres and countries a film form offers. */
export async function loadFilmFormOptions() {
  const [genres, countries] = await Promise.all([listGenreOptions(), listCountryOptions()]);
  return {
    genres: genres.map((genre) => ({ value: genre.slug, label: genre.name })),
    countries: countries.map((country) => ({ value: country.code, label: country.name })),
  };
}
