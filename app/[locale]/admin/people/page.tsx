import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { z } from "zod";
import { Pagination } from "@/app/_components/pagination";
import { ADMIN_PEOPLE_PAGE_SIZE, listPeopleForAdmin } from "@/db/queries/admin-people";
import { formattersFor } from "@/lib/format";
import { pageCount, parseListParams } from "@/lib/list-params";
import { AdminIndex, AdminSearchForm } from "../_components/admin-index";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPeoplePage"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function peopleHref(query: string, page: number) {
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return `/admin/people${params.size > 0 ? `?${params}` : ""}`;
}

type PeopleWords = Awaited<ReturnType<typeof getTranslations<"AdminPeoplePage">>>;

/** "1910–1998", "b. 1953", "d. 1931", or nothing. */
function lifeYears(birthDate: string | null, deathDate: string | null, t: PeopleWords) {
  const [born, died] = [birthDate?.slice(0, 4), deathDate?.slice(0, 4)];
  if (born && died) return `${born}–${died}`;
  if (born) return t("born", { year: born });
  return died ? t("died", { year: died }) : "—";
}

async function PersonList({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { page } = parseListParams(params, ["name"]);
  const query = z.string().trim().max(200).catch("").parse(params.q);
  const [{ people, total }, locale, t, formatWords] = await Promise.all([
    listPeopleForAdmin({ query, page }),
    getLocale(),
    getTranslations("AdminPeoplePage"),
    getTranslations("Format"),
  ]);
  const format = formattersFor(locale, formatWords);
  return (
    <>
      {params.deleted === "1" ? <p role="status">{t("deleted")}</p> : null}
      <AdminSearchForm id="admin-person-query" label={t("search")} query={query} />
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t("person")}</th>
              <th scope="col">{t("lived")}</th>
              <th scope="col">{t("credits")}</th>
              <th scope="col">{t("publicPage")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/admin/people/${person.id}`}>{person.name}</Link>{" "}
                  <span className="text-stone-600 dark:text-stone-400">#{person.id}</span>
                </td>
                <td>{lifeYears(person.birthDate, person.deathDate, t)}</td>
                <td>{format.number(person.creditCount)}</td>
                <td>
                  <Link href={`/people/${person.slug}`}>/people/{person.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {people.length === 0 ? <p>{t("noneMatch")}</p> : null}
      <Pagination
        page={page}
        pages={pageCount(total, ADMIN_PEOPLE_PAGE_SIZE)}
        hrefFor={(target) => peopleHref(query, target)}
      />
    </>
  );
}

export default function AdminPeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("AdminPeoplePage");
  return (
    <AdminIndex title={t("title")} newHref="/admin/people/new" newLabel={t("newPerson")} loadingLabel={t("loading")}>
      <PersonList searchParams={searchParams} />
    </AdminIndex>
  );
}
