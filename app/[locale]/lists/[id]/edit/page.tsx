import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { findSignedInUser } from "@/auth";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { getOwnFilmList } from "@/db/queries/film-lists";
import { listPath, listsOfUserPath } from "@/lib/film-list-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { parseId } from "@/lib/route-params";
import { DeleteListForm } from "../../_components/delete-list-form";
import { ListForm } from "../../_components/list-form";
import { ListItemsEditor } from "../../_components/list-items-editor";
import { signInPath } from "@/lib/sign-in-path";

// Rendered whole per request, never cached: the owner's own view of the list, private or not, with its forms in the
// HTML for a browser without JavaScript. Anyone else gets a real 404.
export const instant = false;

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("EditListPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: `/lists/${(await params).id}/edit`,
    isNoIndex: true,
  });
}

export default async function EditListPage({ params }: { params: Params }) {
  const listId = parseId((await params).id);
  const [user, t] = await Promise.all([findSignedInUser(), getTranslations("EditListPage")]);
  if (!user) {
    return (
      <p>
        {t.rich("signIn", {
          link: (chunks) => <Link href={signInPath(`/lists/${listId ?? ""}/edit`)}>{chunks}</Link>,
        })}
      </p>
    );
  }
  const list = listId ? await getOwnFilmList(user.id, listId) : undefined;
  if (!list) notFound();
  const items = await withFilmsInLanguage(list.items, await getLocale());
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words">{list.title}</h1>
        <p>
          {list.isPublic ? <Link href={listPath(user.username, list.slug)}>{t("publicPage")}</Link> : t("private")} ·{" "}
          <Link href={listsOfUserPath(user.username)}>{t("yourLists")}</Link>
        </p>
        {list.description ? <p className="whitespace-pre-line break-words">{list.description}</p> : null}
      </header>
      <section aria-labelledby="films-heading" className="space-y-4">
        <h2 id="films-heading" className="text-2xl font-semibold">
          {t("films")}
        </h2>
        {items.length === 0 ? (
          <p>{t("noFilms")}</p>
        ) : (
          <ListItemsEditor listId={list.id} ranked={list.ranked} items={items} />
        )}
      </section>
      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-2xl font-semibold">
          {t("details")}
        </h2>
        <ListForm
          listId={list.id}
          initial={{
            title: list.title,
            description: list.description ?? "",
            ranked: list.ranked,
            isPublic: list.isPublic,
          }}
        />
      </section>
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-2xl font-semibold">
          {t("delete")}
        </h2>
        <DeleteListForm listId={list.id} title={list.title} />
      </section>
    </div>
  );
}
