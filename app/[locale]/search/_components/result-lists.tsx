import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { PersonPhoto } from "@/app/_components/person-photo";
import { Poster } from "@/app/_components/poster";
import type { FilmSearchResult, PersonSearchResult } from "@/db/queries/search";
import type { creditRole } from "@/db/schema";
import { summariseRatings } from "@/lib/rating";

type CreditRole = (typeof creditRole.enumValues)[number];

const DETAIL = "text-sm text-stone-600 dark:text-stone-400";

/** A result: its picture, then its lines. */
const ROW = "flex items-start gap-3 py-2";

function FilmResult({ film }: { film: FilmSearchResult }) {
  const t = useTranslations("SearchResults");
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
          <span className={`block ${DETAIL}`}>{t("filmAlsoKnownAs", { title: film.matchedTitle })}</span>
        ) : null}
        {film.directors.length > 0 ? (
          <span className={`block ${DETAIL}`}>{t("directedBy", { names: film.directors.join(", ") })}</span>
        ) : null}
      </div>
    </li>
  );
}

function PersonResult({ person }: { person: PersonSearchResult }) {
  const t = useTranslations("SearchResults");
  const { knownFor } = person;
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
          <span className={`block ${DETAIL}`}>{t("personAlsoKnownAs", { name: person.matchedOtherName })}</span>
        ) : null}
        {knownFor ? (
          <span className={`block ${DETAIL}`}>
            {t("knownFor", {
              film: `${knownFor.title} (${knownFor.year})`,
              // The query reads the role from the credits table, whose enum it is.
              role: t(`roles.${knownFor.role as CreditRole}`),
            })}
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
