// Films' other titles, many films at once: for lists of films shown in a language other than English.
import { and, asc, inArray, ne, or, sql } from "drizzle-orm";
import type { TitleLanguage } from "@/lib/film-languages";
import { getDb } from "../client";
import { filmTitles } from "../schema";

/**
 * The released titles of these films that may be in the language: tagged with it ("cs", "cs-CZ"), or released in one
 * of its countries with no language given. Which one a film goes by is lib/film-languages.ts's choice.
 */
export async function listTitlesMaybeIn(filmIds: number[], { language, countries }: TitleLanguage) {
  if (filmIds.length === 0) return [];
  return getDb()
    .select({
      filmId: filmTitles.filmId,
      title: filmTitles.title,
      kind: filmTitles.kind,
      language: filmTitles.language,
      countryCode: filmTitles.countryCode,
    })
    .from(filmTitles)
    .where(
      and(
        inArray(filmTitles.filmId, filmIds),
        ne(filmTitles.kind, "working"),
        or(
          sql`${filmTitles.language} = ${language} or ${filmTitles.language} like ${`${language}-%`}`,
          countries.length ? inArray(filmTitles.countryCode, [...countries]) : undefined,
        ),
      ),
    )
    .orderBy(asc(filmTitles.id));
}
