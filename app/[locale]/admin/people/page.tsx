import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { z } from "zod";
import { Pagination } from "@/app/_components/pagination";
import { ADMIN_PEOPLE_PAGE_SIZE, listPeopleForAdmin } from "@/db/queries/admin-people";
import { pageCount, parseListParams } from "@/lib/list-params";
import { AdminIndex, AdminSearchForm } from "../_components/admin-index";

export const metadata: Metadata = { title: "People" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function peopleHref(query: string, page: number) {
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return `/admin/people${params.size > 0 ? `?${params}` : ""}`;
}

/** "1910–1998", "b. 1953", "d. 1931", or nothing. */
function lifeYears(birthDate: string | null, deathDate: string | null) {
  const [born, died] = [birthDate?.slice(0, 4), deathDate?.slice(0, 4)];
  if (born && died) return `${born}–${died}`;
  if (born) return `b. ${born}`;
  return died ? `d. ${died}` : "—";
}

async function PersonList({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { page } = parseListParams(params, ["name"]);
  const query = z.string().trim().max(200).catch("").parse(params.q);
  const { people, total } = await listPeopleForAdmin({ query, page });
  return (
    <>
      {params.deleted === "1" ? <p role="status">The person is deleted.</p> : null}
      <AdminSearchForm id="admin-person-query" label="Name contains" query={query} />
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Lived</th>
              <th scope="col">Credits</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/admin/people/${person.id}`}>{person.name}</Link>{" "}
                  <span className="text-stone-600 dark:text-stone-400">#{person.id}</span>
                </td>
                <td>{lifeYears(person.birthDate, person.deathDate)}</td>
                <td>{person.creditCount}</td>
                <td>
                  <Link href={`/people/${person.slug}`}>/people/{person.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {people.length === 0 ? <p>No people match.</p> : null}
      <Pagination
        page={page}
        pages={pageCount(total, ADMIN_PEOPLE_PAGE_SIZE)}
        hrefFor={(target) => peopleHref(query, target)}
      />
    </>
  );
}

export default function AdminPeoplePage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <AdminIndex title="People" newHref="/admin/people/new" newLabel="New person">
      <PersonList searchParams={searchParams} />
    </AdminIndex>
  );
}
