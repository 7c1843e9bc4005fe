import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { FilmPageData } from "@/db/queries/films";
import { groupBy } from "@/lib/collections";

function PersonLinks({ people }: { people: { slug: string; name: string }[] }) {
  return people.map((person, index) => (
    <span key={person.slug}>
      {index > 0 ? ", " : null}
      <Link href={`/people/${person.slug}`}>{person.name}</Link>
    </span>
  ));
}

export function FilmPeople({ directors, cast, crew }: Pick<FilmPageData, "directors" | "cast" | "crew">) {
  const t = useTranslations("FilmPeople");
  const crewByRole = groupBy(crew, (member) => member.role);
  return (
    <dl className="space-y-2">
      {directors.length > 0 ? (
        <div>
          <dt className="inline font-semibold">{t("roles.director")} </dt>
          <dd className="inline">
            <PersonLinks people={directors} />
          </dd>
        </div>
      ) : null}
      {[...crewByRole].map(([role, members]) => (
        <div key={role}>
          <dt className="inline font-semibold">{t(`roles.${role}`)} </dt>
          <dd className="inline">
            <PersonLinks people={members} />
          </dd>
        </div>
      ))}
      {cast.length > 0 ? (
        <div>
          <dt className="font-semibold">{t("roles.cast")}</dt>
          <dd>
            <ul className="mt-1 space-y-0.5">
              {cast.map((member) => (
                <li key={member.slug}>
                  <Link href={`/people/${member.slug}`}>{member.name}</Link>
                  {member.character ? (
                    <span className="text-stone-600 dark:text-stone-400">
                      {" "}
                      {t("asCharacter", { character: member.character })}
                    </span>
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
