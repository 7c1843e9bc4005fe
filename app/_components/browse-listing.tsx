import { Suspense } from "react";
import { BROWSE_PAGE_SIZE, loadFilmsBy } from "@/app/_data/browse";
import { BROWSE_SORTS, type BrowseFilter, type BrowseSort } from "@/db/queries/browse";
import { pluralise } from "@/lib/format";
import { pageCount, parseListParams } from "@/lib/list-params";
import { Breadcrumbs } from "./breadcrumbs";
import { ChoiceLinks } from "./choice-links";
import { FilmCard } from "./film-card";
import { Pagination } from "./pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SORT_LABELS: Record<BrowseSort, string> = {
  popular: "Most rated",
  rating: "Highest rated",
  newest: "Newest",
  oldest: "Oldest",
  title: "Title",
};

function hrefFor(basePath: string, sort: BrowseSort, page: number) {
  const query = new URLSearchParams({ ...(sort !== "popular" ? { sort } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  return `${basePath}${query.size ? `?${query}` : ""}`;
}

interface GridProps {
  filter: BrowseFilter;
  basePath: string;
}

async function FilmGridFor({ searchParams, ...grid }: GridProps & { searchParams: SearchParams }) {
  const { page, sort } = parseListParams(await searchParams, BROWSE_SORTS);
  return <FilmGrid {...grid} page={page} sort={sort} />;
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
        hrefFor={(option) => hrefFor(basePath, option, 1)}
      />
      {films.length === 0 ? <p>No films on this page.</p> : null}
      <ul className="grid grid-cols-2 gap-6 sm:grid-cols-4 lg:grid-cols-6">
        {films.map((film) => (
          <FilmCard key={film.id} film={film} />
        ))}
      </ul>
      <Pagination page={page} pages={pageCount(total, BROWSE_PAGE_SIZE)} hrefFor={(target) => hrefFor(basePath, sort, target)} />
    </>
  );
}

/** A browse page: films of one genre, year or country, sortable and paginated through the query string. */
export function BrowseListing({
  title,
  basePath,
  filter,
  searchParams,
}: {
  title: string;
  basePath: string;
  filter: BrowseFilter;
  searchParams: SearchParams;
}) {
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ name: "Home", path: "/" }, { name: title, path: basePath }]} />
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {/* The first page in the default order is part of the cached shell, so the list is complete without
          JavaScript; another page or order, read from the query string, replaces it as it streams in. */}
      <Suspense fallback={<FilmGrid filter={filter} basePath={basePath} page={1} sort={BROWSE_SORTS[0]} />}>
        <FilmGridFor filter={filter} basePath={basePath} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
