import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Pagination } from "@/app/_components/pagination";
import { LISTS_WITH_FILM_PAGE_SIZE, loadPublicListsWithFilm } from "@/app/_data/film-lists";
import { loadFilmPageIn } from "@/app/_data/films";
import { listPath, listsWithFilmPath } from "@/lib/film-list-paths";
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
  const loaded = page ? await loadFilmPageIn(slug, await getLocale()) : undefined;
  if (!loaded) return undefined;
  const { lists, total } = await loadPublicListsWithFilm(loaded.film.id, page);
  const pages = pageCount(total, LISTS_WITH_FILM_PAGE_SIZE);
  return page > pages ? undefined : { film: loaded.film, lists, total, page, pages };
}

export async function generateMetadata({ params }: FilmListsPageProps): Promise<Metadata> {
  const [loaded, locale, t] = await Promise.all([
    loadFilmListsView(await params),
    getLocale(),
    getTranslations("FilmListsPage"),
  ]);
  if (!loaded) return { title: t("notFound") };
  const { film, total, page } = loaded;
  const filmName = `${film.title} (${film.year})`;
  return pageMetadata({
    locale,
    title: page > 1 ? t("titleWithPage", { film: filmName, page }) : t("title", { film: filmName }),
    description: t("description", { film: filmName, count: total }),
    path: listsWithFilmPath(film.slug, page),
  });
}

/** The public lists that hold a film, latest changed first. */
export default async function FilmListsPage({ params }: FilmListsPageProps) {
  const [loaded, t] = await Promise.all([loadFilmListsView(await params), getTranslations("FilmListsPage")]);
  if (!loaded) notFound();
  const { film, lists, total, page, pages } = loaded;
  const filmName = `${film.title} (${film.year})`;
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        trail={[
          { name: t("home"), path: "/" },
          { name: filmName, path: `/films/${film.slug}` },
          { name: t("lists"), path: listsWithFilmPath(film.slug) },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        {t.rich("heading", { film: filmName, link: (chunks) => <Link href={`/films/${film.slug}`}>{chunks}</Link> })}
      </h1>
      <p>{t("inLists", { count: total })}</p>
      {lists.length > 0 ? (
        <ul aria-label={t("lists")} className="divide-y divide-stone-200 dark:divide-stone-800">
          {lists.map((list) => (
            <li key={list.id} className="py-3">
              <Link href={listPath(list.owner.username, list.slug)} className="font-medium break-words">
                {list.title}
              </Link>
              <span className="block text-sm text-stone-600 dark:text-stone-400">
                {t("byline", { owner: list.owner.displayName ?? list.owner.username, count: list.itemCount })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Pagination page={page} pages={pages} hrefFor={(target) => listsWithFilmPath(film.slug, target)} />
    </div>
  );
}
