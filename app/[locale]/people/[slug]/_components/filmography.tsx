import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ChoiceLinks } from "@/app/_components/choice-links";
import type { PersonPageData } from "@/db/queries/people";
import { groupBy } from "@/lib/collections";
import { EVERY_ROLE, FILMOGRAPHY_SORTS, sortFilmography, type FilmographySort } from "@/lib/filmography";
import { summariseRatings } from "@/lib/rating";

/** The default view is the person's own address; any other is a page of its own (see ../filmography/[sort]/[role]). */
function hrefFor(slug: string, sort: FilmographySort, role: string | undefined) {
  return sort === FILMOGRAPHY_SORTS[0] && !role
    ? `/people/${slug}`
    : `/people/${slug}/filmography/${sort}/${role ?? EVERY_ROLE}`;
}

type Credit = PersonPageData["filmography"][number];
/** The person, their films titled in the page's language (app/_data/film-titles.ts). */
type PersonInLanguage = Omit<PersonPageData, "filmography"> & {
  filmography: (Credit & { film: { titleLanguage?: string } })[];
};

/** The filmography grouped by role, with links to its other orders and roles. */
export function Filmography({
  person,
  sort,
  role,
}: {
  person: PersonInLanguage;
  sort: FilmographySort;
  role?: Credit["role"];
}) {
  const t = useTranslations("Filmography");
  const roles = [...new Set(person.filmography.map((credit) => credit.role))];
  const shown = sortFilmography(
    person.filmography.filter((credit) => !role || credit.role === role),
    sort,
  );
  return (
    <>
      <div className="flex flex-wrap gap-x-8 gap-y-2">
        <ChoiceLinks
          label={t("sortLabel")}
          caption={t("sortCaption")}
          options={FILMOGRAPHY_SORTS}
          current={sort}
          labelFor={(option) => t(`sorts.${option}`)}
          hrefFor={(option) => hrefFor(person.slug, option, role)}
        />
        {roles.length > 1 ? (
          <ChoiceLinks
            label={t("roleLabel")}
            caption={t("roleCaption")}
            options={[undefined, ...roles]}
            current={role}
            labelFor={(option) => (option ? t(`roles.${option}`) : t("allRoles"))}
            hrefFor={(option) => hrefFor(person.slug, sort, option)}
          />
        ) : null}
      </div>
      {[...groupBy(shown, (credit) => credit.role)].map(([creditRole, credits]) => (
        <section key={creditRole} aria-labelledby={`role-${creditRole}`}>
          <h3 id={`role-${creditRole}`} className="mb-2 text-lg font-semibold">
            {t(`roles.${creditRole}`)}
          </h3>
          <ul className="space-y-1">
            {credits.map((credit) => {
              const { percentage } = summariseRatings(credit.ratingSum, credit.ratingCount);
              return (
                <li key={credit.film.slug} className="flex gap-3">
                  <span className="w-12 tabular-nums text-stone-600 dark:text-stone-400">{credit.film.year}</span>
                  <span className="flex-1">
                    <Link href={`/films/${credit.film.slug}`} lang={credit.film.titleLanguage}>
                      {credit.film.title}
                    </Link>
                    {credit.character ? (
                      <span className="text-stone-600 dark:text-stone-400">
                        {" "}
                        {t("asCharacter", { character: credit.character })}
                      </span>
                    ) : null}
                  </span>
                  <span className="w-12 text-right tabular-nums">{percentage !== null ? `${percentage}%` : "–"}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
