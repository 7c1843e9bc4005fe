// Films, people, credits and members: the real rows by COPY, the rest generated on the server.
import type postgres from "postgres";
import { countries, genres } from "@/db/seed/demo";
import type { ScaleSize } from "../options";
import { copyRows } from "./copy";
import {
  advanceIdentities,
  generateCredits,
  generateBirthNames,
  generateFilms,
  generateOtherNames,
  generatePeople,
  generateUsers,
} from "./generate";
import type { RealCatalogue } from "./real-catalogue";
import { progress } from "../progress";

type Sql = postgres.TransactionSql;

const FIVE_MINUTES = 5 * 60_000;

async function copyRealCatalogue(sql: Sql, real: RealCatalogue, size: ScaleSize) {
  const now = Date.now();
  // Real films were "added" before the generated ones, five minutes apart like them.
  const addedAt = (filmId: number) => new Date(now - (size.films - filmId) * FIVE_MINUTES);
  await copyRows(
    sql,
    "films",
    ["id", "slug", "title", "year", "runtime_minutes", "created_at", "updated_at"],
    real.films.map((film) => [
      film.id,
      film.slug,
      film.title,
      film.year,
      film.runtimeMinutes,
      addedAt(film.id),
      addedAt(film.id),
    ]),
  );
  await copyRows(
    sql,
    "plots",
    ["film_id", "body", "source", "source_url", "license"],
    real.films.flatMap(({ id, plot }) => (plot ? [[id, plot.body, plot.source, plot.sourceUrl, plot.license]] : [])),
  );
  const genreIds = new Map(
    (await sql<{ id: number; slug: string }[]>`select id, slug from genres`).map((genre) => [genre.slug, genre.id]),
  );
  await copyRows(
    sql,
    "film_genres",
    ["film_id", "genre_id"],
    real.films.flatMap((film) => film.genreSlugs.map((slug) => [film.id, genreIds.get(slug)!])),
  );
  await copyRows(
    sql,
    "film_countries",
    ["film_id", "country_code", "position"],
    real.films.flatMap((film) => film.countryCodes.map((code, position) => [film.id, code, position])),
  );
  await copyRows(
    sql,
    "people",
    ["id", "slug", "name"],
    real.people.map((person) => [person.id, person.slug, person.name]),
  );
  await copyRows(
    sql,
    "credits",
    ["film_id", "person_id", "role", "position"],
    real.credits.map((credit) => [credit.filmId, credit.personId, credit.role, credit.position]),
  );
}

export async function loadCatalogue(sql: Sql, real: RealCatalogue, size: ScaleSize, passwordHash: string) {
  await sql`insert into genres ${sql(genres.map(({ slug, name }) => ({ slug, name })))}`;
  await sql`insert into countries ${sql(countries.map(({ code, name }) => ({ code, name })))}`;
  await copyRealCatalogue(sql, real, size);
  progress(`real rows: ${real.films.length} films, ${real.people.length} people, ${real.credits.length} credits`);

  const generatedFilms = { from: real.films.length + 1, to: size.films };
  const generatedPeople = { from: real.people.length + 1, to: size.people };
  if (generatedPeople.from <= generatedPeople.to) {
    await generatePeople(sql, generatedPeople);
    await generateBirthNames(sql, generatedPeople);
  }
  if (generatedFilms.from <= generatedFilms.to) {
    await generateFilms(sql, generatedFilms);
    await generateCredits(sql, generatedFilms, size.people);
  }
  await generateOtherNames(sql);
  const [otherNames] = await sql<{ count: number }[]>`select count(*)::int from person_names`;
  progress(
    `generated: ${Math.max(0, size.films - real.films.length)} films, ${Math.max(0, size.people - real.people.length)} people, ` +
      `${otherNames!.count} other names of people`,
  );
  await generateUsers(sql, size.users, real.userCount, passwordHash);
  await advanceIdentities(sql);
  progress(`members: ${size.users} (${real.userCount} from MovieLens)`);
}
