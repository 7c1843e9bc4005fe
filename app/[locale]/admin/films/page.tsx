import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { z } from "zod";
import { listFilmsForAdmin } from "@/db/queries/admin";
import { getLocale, getTranslations } from "next-intl/server";
import { formattersFor } from "@/lib/format";
import { parseListParams } from "@/lib/list-params";
import { AdminIndex, AdminSearchForm } from "../_components/admin-index";

export const metadata: Metadata = { title: "Films" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function FilmList({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const format = formattersFor(await getLocale(), await getTranslations("Format"));
  const { page } = parseListParams(params, ["updated"]);
  const query = z.string().trim().max(200).catch("").parse(params.q);
  const films = await listFilmsForAdmin({ query, page });
  return (
    <>
      {params.deleted === "1" ? <p role="status">The film is deleted. Its last version is in the audit log.</p> : null}
      <AdminSearchForm id="admin-film-query" label="Title contains" query={query} />
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">Film</th>
              <th scope="col">Last changed</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {films.map((film) => (
              <tr key={film.id}>
                <td>
                  <Link href={`/admin/films/${film.id}`}>
                    {film.title} ({film.year})
                  </Link>
                </td>
                <td>{format.date(film.updatedAt)}</td>
                <td>
                  <Link href={`/films/${film.slug}`}>/films/{film.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {films.length === 0 ? <p>No films match.</p> : null}
    </>
  );
}

export default function AdminFilmsPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <AdminIndex title="Films" newHref="/admin/films/new" newLabel="New film">
      <FilmList searchParams={searchParams} />
    </AdminIndex>
  );
}
