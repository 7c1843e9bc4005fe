import { BROWSE_PAGE_SIZE, loadFilmsBy } from "@/app/_data/browse";
import type { BrowseFilter } from "@/db/queries/browse";
import { browseViewPath } from "@/lib/browse-paths";
import { BROWSE_SORTS, type BrowseSort } from "@/lib/browse-sorts";
import { pluralise } from "@/lib/format";
import { pageCount, parseListParams } from "@/lib/list-params";
import { Breadcrumbs } from "./breadcrumbs";
import { ChoiceLinks } from "./choice-links";
import { FilmCard } from "./film-card";
import { Pagination } from "./pagination";

const SORT_LABELS: Record<BrowseSort, string> = {
  popular: "Most rated",
  rating: "Highest rated",
  newest: "Newest",
  oldest: "Oldest",
  title: "Title",
};

interface GridProps {
  filter: BrowseFilter;
  basePath: string;
}

async function FilmGrid({ filter, basePath, page, sort }: GridProps & { page: number; sort: BrowseSort }) {
  const { films, total } = await loadFilmsBy(filter, sort, page);
  return (
    <>
      <p>{pluralise(total, "film")}</p>
      <ChoiceLinks
        label="Sort films"
        options={BROWSE_SORTS}
        current={sort}
        labelFor={(option) => SORT_LABELS[option]}
        hrefFor={(option) => browseViewPath(basePath, option, 1)}
      />
      {films.length === 0 ? <p>No films on this page.</p> : null}
      <ul className="grid grid-cols-2 gap-6 sm:grid-cols-4 lg:grid-cols-6">
        {films.map((film) => (
          <FilmCard key={film.id} film={film} />
        ))}
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
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ name: "Home", path: "/" }, index, { name: title, path: basePath }]} />
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <FilmGrid filter={filter} basePath={basePath} page={page} sort={sort} />
    </div>
  );
}
