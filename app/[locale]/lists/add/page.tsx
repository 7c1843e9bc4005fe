import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { findSignedInUser } from "@/auth";
import { filmsInLanguage } from "@/app/_data/film-titles";
import { getFilmToList, listOwnListsForFilm } from "@/db/queries/film-lists";
import { pageMetadata } from "@/lib/page-metadata";
import { parseId } from "@/lib/route-params";
import { AddToListForm } from "../_components/add-to-list-form";
import { signInPath } from "@/lib/sign-in-path";

// Where the film page's "Add to a list" link leads without JavaScript: the member's lists, which the film page (one
// cached page for everyone) cannot hold, in a plain form. Rendered whole per request, never cached.
export const instant = false;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("AddToListPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/lists/add",
    isNoIndex: true,
  });
}

/** The film the query names, titled in the page's language; undefined for none. */
async function loadFilmToList(filmParam: string | string[] | undefined) {
  const filmId = typeof filmParam === "string" ? parseId(filmParam) : undefined;
  const film = filmId ? await getFilmToList(filmId) : undefined;
  return film && (await filmsInLanguage([film], await getLocale()))[0];
}

export default async function AddToListPage({ searchParams }: { searchParams: SearchParams }) {
  const film = await loadFilmToList((await searchParams).film);
  if (!film) notFound();
  const [user, t] = await Promise.all([findSignedInUser(), getTranslations("AddToListPage")]);
  if (!user) {
    return (
      <p>
        {t.rich("signIn", {
          film: film.title,
          link: (chunks) => <Link href={signInPath(`/lists/add?film=${film.id}`)}>{chunks}</Link>,
        })}
      </p>
    );
  }
  const lists = await listOwnListsForFilm(user.id, film.id);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight break-words">
        {t.rich("heading", {
          film: `${film.title} (${film.year})`,
          link: (chunks) => (
            <Link href={`/films/${film.slug}`} lang={film.titleLanguage}>
              {chunks}
            </Link>
          ),
        })}
      </h1>
      <AddToListForm filmId={film.id} lists={lists} />
    </div>
  );
}
