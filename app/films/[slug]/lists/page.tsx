import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Pagination } from "@/app/_components/pagination";
import { LISTS_WITH_FILM_PAGE_SIZE, loadPublicListsWithFilm } from "@/app/_data/film-lists";
import { loadFilmPage } from "@/app/_data/films";
import { listPath, listsWithFilmPath } from "@/lib/film-list-paths";
import { pluralise } from "@/lib/format";
import { pageCount } from "@/lib/list-params";
import { pageMetadata } from "@/lib/page-metadata";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

interface FilmListsPageProps {
  /** page when rendered for ./[page]. */
  params: Promise<{ slug: string; page?: string }>;
}

export async function generateStaticParams() {
  return [{ slug: IMPOSSIBLE_SLUG }];
}

/** The film and the page of its lists that the path names; undefined for no such film, or a page past the end. */
async function loadFilmListsView({ slug, page: pageSegment }: Awaited<FilmListsPageProps["params"]>) {
  const page = pageSegment === undefined ? 1 : /^[1-9][0-9]{0,4}$/.test(pageSegment) ? Number(pageSegment) : 0;
  const loaded = page ? await loadFilmPage(slug) : undefined;
  if (!loaded) return undefined;
  const { lists, total } = await loadPublicListsWithFilm(loaded.film.id, page);
  const pages = pageCount(total, LISTS_WITH_FILM_PAGE_SIZE);
  return page > pages ? undefined : { film: loaded.film, lists, total, page, pages };
}

export async function generateMetadata({ params }: FilmListsPageProps): Promise<Metadata> {
  const loaded = await loadFilmListsView(await params);
  if (!loaded) return { title: "Lists not found" };
  const { film, total, page } = loaded;
  return pageMetadata({
    title: `Lists with ${film.title} (${film.year})${page > 1 ? `, page ${page}` : ""}`,
    description: `${film.title} (${film.year}) is on ${pluralise(total, "list")} by Marquee members.`,
    path: listsWithFilmPath(film.slug, page),
  });
}

/** The public lists that hold a film, latest changed first. */
export default async function FilmListsPage({ params }: FilmListsPageProps) {
  const loaded = await loadFilmListsView(await params);
  if (!loaded) notFound();
  const { film, lists, total, page, pages } = loaded;
  const filmName = `${film.title} (${film.year})`;
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: filmName, path: `/films/${film.slug}` },
          { name: "Lists", path: listsWithFilmPath(film.slug) },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        Lists with <Link href={`/films/${film.slug}`}>{filmName}</Link>
      </h1>
      <p>{`In ${pluralise(total, "list")}`}</p>
      {lists.length > 0 ? (
        <ul aria-label="Lists" className="divide-y divide-stone-200 dark:divide-stone-800">
          {lists.map((list) => (
            <li key={list.id} className="py-3">
              <Link href={listPath(list.owner.username, list.slug)} className="font-medium break-words">
                {list.title}
              </Link>
              <span className="block text-sm text-stone-600 dark:text-stone-400">
                by {list.owner.displayName ?? list.owner.username} · {pluralise(list.itemCount, "film")}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Pagination page={page} pages={pages} hrefFor={(target) => listsWithFilmPath(film.slug, target)} />
    </div>
  );
}
