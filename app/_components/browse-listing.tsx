import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { BROWSE_PAGE_SIZE, loadFilmsBy } from "@/app/_data/browse";
import type { BrowseFilter } from "@/db/queries/browse";
import { browseViewPath } from "@/lib/browse-paths";
import { BROWSE_SORTS, type BrowseSort } from "@/lib/browse-sorts";
import { pageCount, parseListParams } from "@/lib/list-params";
import { Breadcrumbs } from "./breadcrumbs";
import { ChoiceLinks } from "./choice-links";
import { FilmCards } from "./film-card";
import { Pagination } from "./pagination";

interface GridProps {
  filter: BrowseFilter;
  basePath: string;
}

async function FilmGrid({ filter, basePath, page, sort }: GridProps & { page: number; sort: BrowseSort }) {
  const [{ films, total }, t] = await Promise.all([loadFilmsBy(filter, sort, page), getTranslations("BrowseListing")]);
  return (
    <>
      <p>{t("films", { count: total })}</p>
      <ChoiceLinks
        label={t("sortFilms")}
        options={BROWSE_SORTS}
        current={sort}
        labelFor={(option) => t(`sorts.${option}`)}
        hrefFor={(option) => browseViewPath(basePath, option, 1)}
      />
      {films.length === 0 ? <p>{t("noFilmsOnPage")}</p> : null}
      <ul className="grid grid-cols-2 gap-6 sm:grid-cols-4 lg:grid-cols-6">
        <FilmCards films={films} />
      </ul>
      <Pagination
        page={page}
        pages={pageCount(total, BROWSE_PAGE_SIZE)}
        hrefFor={(target) => browseViewPath(basePath, sort, target)}
      />
    </>
  );
}

/**
 * A browse page: films of one genre, year or country, sortable and paginated. The order and page are in the path
 * ({base}/list/{sort}/{page}), not the query string, so that each is a cached page of its own.
 */
export function BrowseListing({
  title,
  index,
  basePath,
  filter,
  view,
}: {
  title: string;
  /** The index that lists this page and its siblings (lib/browse-paths.ts), the breadcrumb above it. */
  index: { name: string; path: string };
  basePath: string;
  filter: BrowseFilter;
  view: { sort?: string; page?: string };
}) {
  const { page, sort } = parseListParams(view, BROWSE_SORTS);
  const breadcrumbs = useTranslations("Breadcrumbs");
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ name: breadcrumbs("home"), path: "/" }, index, { name: title, path: basePath }]} />
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <FilmGrid filter={filter} basePath={basePath} page={page} sort={sort} />
    </div>
  );
}
