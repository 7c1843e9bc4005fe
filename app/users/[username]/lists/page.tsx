import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPublicListsOfUser } from "@/app/_data/film-lists";
import { listPath, listsOfUserPath } from "@/lib/film-list-paths";
import { formatDate, pluralise } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { MemberPageHeader } from "../_components/member-page-header";

interface ListsPageProps {
  params: Promise<{ username: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function generateMetadata({ params }: ListsPageProps): Promise<Metadata> {
  const loaded = await loadPublicListsOfUser((await params).username);
  if (!loaded) return { title: "Lists not found" };
  const { user, lists } = loaded;
  const name = user.displayName ?? user.username;
  return pageMetadata({
    title: `${name}’s lists`,
    description: `${pluralise(lists.length, "list")} of films by ${name} (@${user.username}) on Marquee.`,
    path: listsOfUserPath(user.username),
  });
}

/** A member's public lists, latest changed first. */
export default async function ListsPage({ params }: ListsPageProps) {
  const loaded = await loadPublicListsOfUser((await params).username);
  if (!loaded) notFound();
  const { user, lists } = loaded;
  const name = user.displayName ?? user.username;
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: "Lists", path: listsOfUserPath(user.username) }]}
        heading={(memberLink) => <>{memberLink}’s lists</>}
      />
      {lists.length === 0 ? (
        <p>No public lists yet.</p>
      ) : (
        <ul aria-label="Lists" className="divide-y divide-stone-200 dark:divide-stone-800">
          {lists.map((list) => (
            <li key={list.id} className="py-3">
              <Link href={listPath(user.username, list.slug)} className="font-medium break-words">
                {list.title}
              </Link>
              <span className="block text-sm text-stone-600 dark:text-stone-400">
                {pluralise(list.itemCount, "film")}
                {list.ranked ? ", ranked" : ""} · updated{" "}
                <time dateTime={list.updatedAt.toISOString()}>{formatDate(list.updatedAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/lists/new">Make a list</Link>
      </p>
    </div>
  );
}
