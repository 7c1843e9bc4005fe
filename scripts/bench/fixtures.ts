// What the bench requests, picked from the scale database: the most rated film, films almost nobody rated, the
// busiest person, the largest genre, the films reviews are posted to, the titles and people searched for, and members'
// public lists.
import type postgres from "postgres";
import { PRERENDERED_PEOPLE } from "@/db/queries/people";
import { pickPeopleToSearch, type PeopleToSearch } from "./name-search";

export interface FilmRef {
  id: number;
  slug: string;
  title: string;
}

export interface PersonRef {
  slug: string;
  credits: number;
}

export interface BenchFixtures {
  popularFilm: FilmRef;
  /** Never requested before in this run, so each request renders a page that is not in any cache. */
  rareFilmSlugs: string[];
  personSlug: string;
  /** The people with the longest filmographies whose pages were not prerendered, never requested in this run. */
  prolificPeople: PersonRef[];
  /** People with a single credit, never requested: a page with almost nothing on it. */
  oneCreditPeople: PersonRef[];
  genreSlug: string;
  /** Moderately rated films, spread so that concurrent posts rarely touch the same one. */
  filmsToReview: FilmRef[];
  /** Titles of rated films, each searched for once (misspelled) to time search. */
  searchTitles: string[];
  /** Genres with films, for Discover queries that differ from each other. */
  genreSlugs: string[];
  /** People searched for by their names, each once (name-search.ts). */
  peopleToSearch: PeopleToSearch;
  /** The longest public list, requested over and over (cached like a film page). */
  listPath: string;
  /** Other public lists, never requested before in this run, like rareFilmSlugs. */
  rareListPaths: string[];
}

const RARE_FILMS = 5_000;
const RARE_LISTS = 5_000;
const PEOPLE_TO_PROFILE = 45;
const FILMS_TO_REVIEW = 1_000;
export const SERVER_TIME_SAMPLES = 200;

export async function pickFixtures(sql: postgres.Sql): Promise<BenchFixtures> {
  const [popularFilm] = await sql<FilmRef[]>`
    select f.id, f.slug, f.title from films f join film_rating_stats s on s.film_id = f.id
    order by s.rating_count desc, f.id limit 1`;
  const rareFilms = await sql<{ slug: string }[]>`
    select f.slug from films f join film_rating_stats s on s.film_id = f.id
    where s.rating_count between 1 and 5 order by random() limit ${RARE_FILMS}`;
  const [person] = await sql<{ slug: string }[]>`
    select p.slug from people p join credits c on c.person_id = p.id group by p.id order by count(*) desc, p.id limit 1`;
  // After those prerendered at build time (listMostCreditedPersonSlugs), whose pages are already cached.
  const prolificPeople = await sql<{ slug: string; credits: number }[]>`
    select p.slug, count(*)::int as credits from people p join credits c on c.person_id = p.id
    group by p.id order by count(*) desc, p.id offset ${PRERENDERED_PEOPLE} limit ${PEOPLE_TO_PROFILE}`;
  const oneCreditPeople = await sql<{ slug: string; credits: number }[]>`
    select p.slug, 1 as credits from people p join credits c on c.person_id = p.id
    group by p.id having count(*) = 1 order by random() limit ${PEOPLE_TO_PROFILE}`;
  const [genre] = await sql<{ slug: string }[]>`
    select g.slug from genres g join film_genres fg on fg.genre_id = g.id group by g.id order by count(*) desc, g.id limit 1`;
  const filmsToReview = await sql<FilmRef[]>`
    select f.id, f.slug, f.title from films f join film_rating_stats s on s.film_id = f.id
    where s.rating_count between 6 and 500 and f.id <> ${popularFilm?.id ?? 0} order by random() limit ${FILMS_TO_REVIEW}`;
  const searchTitles = await sql<{ title: string }[]>`
    select f.title from films f join film_rating_stats s on s.film_id = f.id
    where s.rating_count > 0 and f.title ~ '[A-Za-z]{4}' order by random() limit ${SERVER_TIME_SAMPLES}`;
  const genreSlugs = await sql<
    { slug: string }[]
  >`select distinct g.slug from genres g join film_genres fg on fg.genre_id = g.id order by g.slug`;
  const listPath = sql`'/users/' || u.username || '/lists/' || l.slug`;
  const [list] = await sql<{ path: string }[]>`
    select ${listPath} as path from film_lists l join users u on u.id = l.user_id where l.is_public
    order by (select count(*) from film_list_items i where i.list_id = l.id) desc, l.id limit 1`;
  const rareLists = await sql<{ path: string }[]>`
    select ${listPath} as path from film_lists l join users u on u.id = l.user_id
    where l.is_public and ${listPath} <> ${list?.path ?? ""} order by random() limit ${RARE_LISTS}`;
  if (
    !popularFilm ||
    !person ||
    !genre ||
    rareFilms.length < 2 ||
    filmsToReview.length < 10 ||
    !list ||
    rareLists.length < 2
  ) {
    throw new Error("The scale database is too small for the bench: it needs rated films, credits, genres and lists.");
  }
  return {
    popularFilm,
    rareFilmSlugs: rareFilms.map((film) => film.slug),
    personSlug: person.slug,
    prolificPeople,
    oneCreditPeople,
    genreSlug: genre.slug,
    filmsToReview,
    searchTitles: searchTitles.map((film) => film.title),
    genreSlugs: genreSlugs.map((genre) => genre.slug),
    peopleToSearch: await pickPeopleToSearch(sql, SERVER_TIME_SAMPLES),
    listPath: list.path,
    rareListPaths: rareLists.map((row) => row.path),
  };
}
