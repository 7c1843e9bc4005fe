import Link from "next/link";
import type { FilmPageData } from "@/db/queries/films";
import { groupBy } from "@/lib/collections";

const ROLE_LABELS: Record<string, string> = {
  writer: "Written by",
  composer: "Music by",
  cinematographer: "Cinematography by",
  editor: "Edited by",
  producer: "Produced by",
};

function PersonLinks({ people }: { people: { slug: string; name: string }[] }) {
  return people.map((person, index) => (
    <span key={person.slug}>
      {index > 0 ? ", " : null}
      <Link href={`/people/${person.slug}`}>{person.name}</Link>
    </span>
  ));
}

export function FilmPeople({ directors, cast, crew }: Pick<FilmPageData, "directors" | "cast" | "crew">) {
  const crewByRole = groupBy(crew, (member) => member.role);
  return (
    <dl className="space-y-2">
      {directors.length > 0 ? (
        <div>
          <dt className="inline font-semibold">Directed by </dt>
          <dd className="inline">
            <PersonLinks people={directors} />
          </dd>
        </div>
      ) : null}
      {[...crewByRole].map(([role, members]) => (
        <div key={role}>
          <dt className="inline font-semibold">{ROLE_LABELS[role] ?? role} </dt>
          <dd className="inline">
            <PersonLinks people={members} />
          </dd>
        </div>
      ))}
      {cast.length > 0 ? (
        <div>
          <dt className="font-semibold">Cast</dt>
          <dd>
            <ul className="mt-1 space-y-0.5">
              {cast.map((member) => (
                <li key={member.slug}>
                  <Link href={`/people/${member.slug}`}>{member.name}</Link>
                  {member.character ? (
                    <span className="text-stone-600 dark:text-stone-400"> as {member.character}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
