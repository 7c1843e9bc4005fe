import Link from "next/link";
import { PersonPhoto } from "@/app/_components/person-photo";
import { Poster } from "@/app/_components/poster";
import { ROLE_HEADINGS } from "@/app/people/[slug]/_components/role-headings";
import type { FilmSearchResult, PersonSearchResult } from "@/db/queries/search";
import { summariseRatings } from "@/lib/rating";

const DETAIL = "text-sm text-stone-600 dark:text-stone-400";

/** A result: its picture, then its lines. */
const ROW = "flex items-start gap-3 py-2";

function FilmResult({ film }: { film: FilmSearchResult }) {
  const { percentage } = summariseRatings(film.ratingSum, film.ratingCount);
  return (
    <li className={ROW}>
      <Poster slug={film.slug} title={film.title} year={film.year} poster={film.poster} size="thumbnail" />
      <div className="min-w-0">
        <Link href={`/films/${film.slug}`} className="font-medium">
          {film.title} ({film.year})
        </Link>
        {percentage !== null ? <span className="ml-2 tabular-nums">{percentage}%</span> : null}
        {/* Found by another of its titles: say which, or the match would look like a mistake. */}
        {film.matchedTitle !== film.title ? (
          <span className={`block ${DETAIL}`}>Also known as {film.matchedTitle}</span>
        ) : null}
        {film.directors.length > 0 ? (
          <span className={`block ${DETAIL}`}>Directed by {film.directors.join(", ")}</span>
        ) : null}
      </div>
    </li>
  );
}

function PersonResult({ person }: { person: PersonSearchResult }) {
  return (
    <li className={ROW}>
      <PersonPhoto slug={person.slug} name={person.name} photo={person.photo} size="thumbnail" />
      <div className="min-w-0">
        <Link href={`/people/${person.slug}`} className="font-medium">
          {person.name}
        </Link>
        {person.originalName ? <span className={`ml-2 ${DETAIL}`}>{person.originalName}</span> : null}
        {/* Found by another of their names: say which, or the match would look like a mistake. */}
        {person.matchedOtherName ? (
          <span className={`block ${DETAIL}`}>Also known as {person.matchedOtherName}</span>
        ) : null}
        {person.knownFor ? (
          <span className={`block ${DETAIL}`}>
            Known for {person.knownFor.title} ({person.knownFor.year}) ·{" "}
            {ROLE_HEADINGS[person.knownFor.role] ?? person.knownFor.role}
          </span>
        ) : null}
      </div>
    </li>
  );
}

const LIST = "divide-y divide-stone-200 dark:divide-stone-800";

export function FilmResultList({ films }: { films: FilmSearchResult[] }) {
  return (
    <ol className={LIST}>
      {films.map((film) => (
        <FilmResult key={film.id} film={film} />
      ))}
    </ol>
  );
}

export function PersonResultList({ people }: { people: PersonSearchResult[] }) {
  return (
    <ol className={LIST}>
      {people.map((person) => (
        <PersonResult key={person.slug} person={person} />
      ))}
    </ol>
  );
}
