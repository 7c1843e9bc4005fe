// The search results page's content and title, for /search (a query with a problem, rendered per request) and for
// /search/for/… (a search, cached: proxy.ts rewrites /search?q=… to it).
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Form from "next/form";
import { translatedMessage } from "@/i18n/error-messages";
import { getPathname, Link } from "@/i18n/navigation";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import {
  loadClosestSpelling,
  loadFilmSearch,
  loadPeopleSearch,
  SEARCH_PAGE_SIZE,
  SEARCH_PREVIEW_SIZE,
} from "@/app/_data/search";
import { pageCount } from "@/lib/list-params";
import { pageMetadata } from "@/lib/page-metadata";
import { searchHref, SEARCH_TYPES, type SearchRequest, type SearchType } from "@/lib/search-query";
import { FilmResultList, PersonResultList } from "./result-lists";

// The query in the tab's title, as in every search engine's: several searches open side by side stay apart.
export async function searchPageMetadata({ text, problem }: SearchRequest): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("SearchPage")]);
  return pageMetadata({
    locale,
    title: problem ? t("title") : t("titleWithQuery", { query: text }),
    description: t("description"),
    path: "/search",
    isNoIndex: true,
  });
}
async function SearchForm({ text }: { text: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("SearchPage")]);
  return (
    // Keyed by the query, so the box shows the new query after a search made from the header.
    <Form key={text} action={getPathname({ href: "/search", locale })} className="flex max-w-xl gap-2">
      <label htmlFor="search-page-query" className="sr-only">
        {t("label")}
      </label>
      <input
        id="search-page-query"
        name="q"
        type="search"
        defaultValue={text}
        className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
      />
      <button
        type="submit"
        className="rounded-md bg-accent-500 px-4 py-2 font-medium text-stone-950 hover:bg-accent-400"
      >
        {t("submit")}
      </button>
    </Form>
  );
}

interface ResultSectionProps {
  id: string;
  title: string;
  total: number;
  /** What the section says when nothing matches. */
  noneMatch: string;
  children: React.ReactNode;
  footer: React.ReactNode;
}

function ResultSection({ id, title, total, noneMatch, children, footer }: ResultSectionProps) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {total === 0 ? <p>{noneMatch}</p> : children}
      {footer}
    </section>
  );
}

interface ListFooterProps {
  text: string;
  type: SearchType;
  listType: Exclude<SearchType, "all">;
  total: number;
  page: number;
}

/** The footer of a list: a link to all of them in the overview, pages when the list is the one shown. */
async function ListFooter({ text, type, listType, total, page }: ListFooterProps) {
  if (type === "all") {
    const t = await getTranslations("SearchPage");
    return total > SEARCH_PREVIEW_SIZE ? (
      <p>
        <Link href={searchHref(text, listType)}>{t(`${listType}.all`, { count: total })}</Link>
      </p>
    ) : null;
  }
  return (
    <Pagination
      page={page}
      pages={pageCount(total, SEARCH_PAGE_SIZE)}
      hrefFor={(target) => searchHref(text, listType, target)}
    />
  );
}

async function SearchResults({ text, type, page }: { text: string; type: SearchType; page: number }) {
  // The tabs show both counts, so both searches run; only the chosen type is paged, the other is a preview.
  const locale = await getLocale();
  const [films, people, t] = await Promise.all([
    loadFilmSearch(
      text,
      type === "films" ? page : 1,
      type === "films" ? SEARCH_PAGE_SIZE : SEARCH_PREVIEW_SIZE,
      locale,
    ),
    loadPeopleSearch(text, type === "people" ? page : 1, type === "people" ? SEARCH_PAGE_SIZE : SEARCH_PREVIEW_SIZE),
    getTranslations("SearchPage"),
  ]);
  if (films.total + people.total === 0) {
    const closest = await loadClosestSpelling(text);
    return (
      <>
        {closest ? (
          <p className="text-lg">
            {t.rich("didYouMean", {
              suggestion: closest,
              link: (chunks) => <Link href={searchHref(closest, "all")}>{chunks}</Link>,
            })}
          </p>
        ) : null}
        <p>{t("nothingMatches", { query: text })}</p>
      </>
    );
  }
  const tabLabels: Record<SearchType, string> = {
    all: t("tabs.all"),
    films: t("tabs.films", { count: films.total }),
    people: t("tabs.people", { count: people.total }),
  };
  return (
    <>
      <ChoiceLinks
        label={t("kindsOfResults")}
        options={SEARCH_TYPES}
        current={type}
        labelFor={(option) => tabLabels[option]}
        hrefFor={(option) => searchHref(text, option)}
      />
      {type !== "people" ? (
        <ResultSection
          id="film-results"
          title={t("films.heading")}
          total={films.total}
          noneMatch={t("films.noneMatch")}
          footer={<ListFooter text={text} type={type} listType="films" total={films.total} page={page} />}
        >
          {films.films.length > 0 ? <FilmResultList films={films.films} /> : <p>{t("films.noneOnPage")}</p>}
        </ResultSection>
      ) : null}
      {type !== "films" ? (
        <ResultSection
          id="person-results"
          title={t("people.heading")}
          total={people.total}
          noneMatch={t("people.noneMatch")}
          footer={<ListFooter text={text} type={type} listType="people" total={people.total} page={page} />}
        >
          {people.people.length > 0 ? <PersonResultList people={people.people} /> : <p>{t("people.noneOnPage")}</p>}
        </ResultSection>
      ) : null}
    </>
  );
}

export async function SearchView({ text, type, page, problem }: SearchRequest) {
  const [t, locale] = await Promise.all([getTranslations("SearchPage"), getLocale()]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{problem ? t("title") : t("resultsFor", { query: text })}</h1>
      <SearchForm text={text} />
      {problem ? <p>{translatedMessage(problem, locale)}</p> : <SearchResults text={text} type={type} page={page} />}
    </div>
  );
}
