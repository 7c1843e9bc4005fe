import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { JsonLd } from "@/app/_components/json-ld";
import { loadPublicFilmList } from "@/app/_data/film-lists";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { listPath, listsOfUserPath } from "@/lib/film-list-paths";
import { truncate } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { siteUrl } from "@/lib/site";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { itemListJsonLd } from "@/lib/structured-data";
import { FilmRows } from "../../_components/film-rows";

interface ListPageProps {
  params: Promise<{ username: string; slug: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin", slug: IMPOSSIBLE_SLUG }];
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const { username, slug } = await params;
  const [loaded, t] = await Promise.all([loadPublicFilmList(username, slug), getTranslations("MemberListPage")]);
  if (!loaded) return { title: t("notFoundTitle") };
  const { user, list } = loaded;
  const name = user.displayName ?? user.username;
  return pageMetadata({
    locale: await getLocale(),
    title: t("title", { list: list.title, name }),
    description: list.description
      ? truncate(list.description, 160)
      : t("description", { count: list.items.length, name, username: user.username }),
    path: listPath(user.username, list.slug),
    feedPath: `${listPath(user.username, list.slug)}/feed.xml`,
  });
}

/**
 * A member's public list: one cached page for everyone, under the owner's user tag (app/_data/film-lists.ts). A private
 * list is a 404 here for everyone, its owner too, who sees it on its edit page.
 */
export default async function ListPage({ params }: ListPageProps) {
  const { username, slug } = await params;
  const loaded = await loadPublicFilmList(username, slug);
  if (!loaded) notFound();
  const { user, list } = loaded;
  const name = user.displayName ?? user.username;
  const [t, items] = await Promise.all([
    getTranslations("MemberListPage"),
    withFilmsInLanguage(list.items, await getLocale()),
  ]);
  const films = items.map((item) => ({
    name: `${item.film.title} (${item.film.year})`,
    path: `/films/${item.film.slug}`,
  }));
  return (
    <article className="max-w-3xl space-y-6">
      <JsonLd data={itemListJsonLd(list.title, films, siteUrl(), list.ranked ? "descending" : "unordered")} />
      <Breadcrumbs
        trail={[
          { name: t("home"), path: "/" },
          { name, path: `/users/${user.username}` },
          { name: t("lists"), path: listsOfUserPath(user.username) },
          { name: list.title, path: listPath(user.username, list.slug) },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words">{list.title}</h1>
        <p className="text-stone-600 dark:text-stone-400">
          {t.rich(list.ranked ? "rankedByline" : "byline", {
            name,
            count: list.items.length,
            member: (chunks) => <Link href={`/users/${user.username}`}>{chunks}</Link>,
          })}
        </p>
        {/* Plain text as typed: React escapes it, and its line breaks are kept. */}
        {list.description ? <p className="whitespace-pre-line break-words">{list.description}</p> : null}
      </header>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <FilmRows
          label={t("filmsLabel")}
          rows={items.map((item, index) => ({
            key: item.film.id,
            film: item.film,
            detail: item.note ? <span className="whitespace-pre-line">{item.note}</span> : null,
            aside: list.ranked ? (
              <span className="order-first w-6 shrink-0 text-right font-semibold">{index + 1}</span>
            ) : null,
          }))}
        />
      )}
    </article>
  );
}
