import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { z } from "zod";
import { listFilmsForAdmin } from "@/db/queries/admin";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { formattersFor } from "@/lib/format";
import { parseListParams } from "@/lib/list-params";
import { AdminIndex, AdminSearchForm } from "../_components/admin-index";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminFilmsPage"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function FilmList({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { page } = parseListParams(params, ["updated"]);
  const query = z.string().trim().max(200).catch("").parse(params.q);
  const [films, locale, t, formatWords] = await Promise.all([
    listFilmsForAdmin({ query, page }),
    getLocale(),
    getTranslations("AdminFilmsPage"),
    getTranslations("Format"),
  ]);
  const format = formattersFor(locale, formatWords);
  return (
    <>
      {params.deleted === "1" ? <p role="status">{t("deleted")}</p> : null}
      <AdminSearchForm id="admin-film-query" label={t("search")} query={query} />
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t("film")}</th>
              <th scope="col">{t("lastChanged")}</th>
              <th scope="col">{t("publicPage")}</th>
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
      {films.length === 0 ? <p>{t("noneMatch")}</p> : null}
    </>
  );
}

export default function AdminFilmsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("AdminFilmsPage");
  return (
    <AdminIndex title={t("title")} newHref="/admin/films/new" newLabel={t("newFilm")} loadingLabel={t("loading")}>
      <FilmList searchParams={searchParams} />
    </AdminIndex>
  );
}
