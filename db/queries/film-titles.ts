// Films' other titles, many films at once: for lists of films shown in a language other than English.
import { and, asc, inArray, ne, sql, type SQLWrapper } from "drizzle-orm";
import type { TitleLanguage } from "@/lib/film-languages";
import { getDb } from "../client";
import { filmTitles } from "../schema";

/**
 * SQL: whether a title with this language tag and country may be in the language. Tagged with it ("cs", "cs-CZ"),
 * but not a romanisation ("ko-Latn": a second subtag of four letters names a script), or released in one of its
 * countries with no language given. The rule lib/film-languages.ts's `titleInLanguage` applies to one film.
 */
export function mayBeInLanguage(language: SQLWrapper, countryCode: SQLWrapper, titlesIn: TitleLanguage) {
  const inLanguage = sql`(lower(split_part(${language}, '-', 1)) = ${titlesIn.language} and split_part(${language}, '-', 2) !~ '^[A-Za-z]{4}$')`;
  if (titlesIn.countries.length === 0) return sql`coalesce(${inLanguage}, false)`;
  const countries = sql.join(
    titlesIn.countries.map((country) => sql`${country}`),
    sql`, `,
  );
  return sql`coalesce(${inLanguage} or (${language} is null and ${countryCode} in (${countries})), false)`;
}

/** The released titles of these films that may be in the language; which one a film goes by is `titleInLanguage`'s choice. */
export async function listTitlesMaybeIn(filmIds: number[], titlesIn: TitleLanguage) {
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
        mayBeInLanguage(filmTitles.language, filmTitles.countryCode, titlesIn),
      ),
    )
    .orderBy(asc(filmTitles.id));
}
