import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findSignedInUser } from "@/auth";
import { getOwnFilmList } from "@/db/queries/film-lists";
import { listPath, listsOfUserPath } from "@/lib/film-list-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { parseId } from "@/lib/route-params";
import { DeleteListForm } from "../../_components/delete-list-form";
import { ListForm } from "../../_components/list-form";
import { ListItemsEditor } from "../../_components/list-items-editor";

// Rendered whole per request, never cached: the owner's own view of the list, private or not, with its forms in the
// HTML for a browser without JavaScript. Anyone else gets a real 404.
export const instant = false;

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return pageMetadata({
    title: "Edit list",
    description: "Edit your list of films.",
    path: `/lists/${(await params).id}/edit`,
    isNoIndex: true,
  });
}

export default async function EditListPage({ params }: { params: Params }) {
  const listId = parseId((await params).id);
  const user = await findSignedInUser();
  if (!user) {
    return (
      <p>
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/lists/${listId ?? ""}/edit`)}`}>Sign in</Link> to edit
        your list.
      </p>
    );
  }
  const list = listId ? await getOwnFilmList(user.id, listId) : undefined;
  if (!list) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words">{list.title}</h1>
        <p>
          {list.isPublic ? (
            <Link href={listPath(user.username, list.slug)}>See the public page</Link>
          ) : (
            "Private: only you can see this list."
          )}{" "}
          · <Link href={listsOfUserPath(user.username)}>Your lists</Link>
        </p>
        {list.description ? <p className="whitespace-pre-line break-words">{list.description}</p> : null}
      </header>
      <section aria-labelledby="films-heading" className="space-y-4">
        <h2 id="films-heading" className="text-2xl font-semibold">
          Films
        </h2>
        {list.items.length === 0 ? (
          <p>No films yet: add them from their pages.</p>
        ) : (
          <ListItemsEditor listId={list.id} ranked={list.ranked} items={list.items} />
        )}
      </section>
      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-2xl font-semibold">
          Details
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
          Delete the list
        </h2>
        <DeleteListForm listId={list.id} title={list.title} />
      </section>
    </div>
  );
}
