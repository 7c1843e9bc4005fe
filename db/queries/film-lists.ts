// Reads of members' lists: a list's page, a member's lists, the lists a film is on, and the owner's own view.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { filmListItems, filmLists, films, users } from "../schema";
import { placeholderOf } from "./stored-images";
import { splitWindowTotal } from "./window-total";

const itemCount =
  sql<number>`(select count(*) from ${filmListItems} where ${filmListItems.listId} = ${filmLists.id})`.mapWith(Number);

const listColumns = {
  id: filmLists.id,
  userId: filmLists.userId,
  slug: filmLists.slug,
  title: filmLists.title,
  description: filmLists.description,
  ranked: filmLists.ranked,
  isPublic: filmLists.isPublic,
  updatedAt: filmLists.updatedAt,
};

/** The list's films in order, each with its note, for its page and its feed. */
async function itemsOf(listId: number) {
  return getDb()
    .select({
      position: filmListItems.position,
      note: filmListItems.note,
      addedAt: filmListItems.addedAt,
      film: {
        id: films.id,
        slug: films.slug,
        title: films.title,
        year: films.year,
        poster: films.poster,
        posterPlaceholder: placeholderOf(films.poster),
      },
    })
    .from(filmListItems)
    .innerJoin(films, eq(films.id, filmListItems.filmId))
    .where(eq(filmListItems.listId, listId))
    .orderBy(asc(filmListItems.position), asc(filmListItems.addedAt), asc(filmListItems.filmId));
}

export type FilmListItemData = Awaited<ReturnType<typeof itemsOf>>[number];

/** A member's public list by its slug, with its films; undefined for a private one, which only its owner sees. */
export async function getPublicFilmList(userId: number, slug: string) {
  const [list] = await getDb()
    .select(listColumns)
    .from(filmLists)
    .where(and(eq(filmLists.userId, userId), eq(filmLists.slug, slug), eq(filmLists.isPublic, true)));
  return list ? { ...list, items: await itemsOf(list.id) } : undefined;
}

/** One of the member's own lists, public or private, with its films: for its edit page, never cached. */
export async function getOwnFilmList(userId: number, listId: number) {
  const [list] = await getDb()
    .select(listColumns)
    .from(filmLists)
    .where(and(eq(filmLists.id, listId), eq(filmLists.userId, userId)));
  return list ? { ...list, items: await itemsOf(list.id) } : undefined;
}

/** A member's lists, latest changed first: only the public ones unless it is the owner asking. */
export async function listFilmListsOfUser(userId: number, { withPrivate }: { withPrivate: boolean }) {
  return getDb()
    .select({ ...listColumns, itemCount })
    .from(filmLists)
    .where(and(eq(filmLists.userId, userId), withPrivate ? undefined : eq(filmLists.isPublic, true)))
    .orderBy(desc(filmLists.updatedAt), desc(filmLists.id));
}

/** The member's lists for the film page's "add to a list" form, each saying whether the film is on it already. */
export async function listOwnListsForFilm(userId: number, filmId: number) {
  return getDb()
    .select({
      id: filmLists.id,
      title: filmLists.title,
      hasFilm: sql<boolean>`exists (select 1 from ${filmListItems}
        where ${filmListItems.listId} = ${filmLists.id} and ${filmListItems.filmId} = ${filmId})`,
    })
    .from(filmLists)
    .where(eq(filmLists.userId, userId))
    .orderBy(desc(filmLists.updatedAt), desc(filmLists.id));
}

/** The film the no-script "add to a list" page names. */
export async function getFilmToList(filmId: number) {
  const [film] = await getDb()
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year })
    .from(films)
    .where(eq(films.id, filmId));
  return film;
}

const onPublicListWith = (filmId: number) => and(eq(filmListItems.filmId, filmId), eq(filmLists.isPublic, true));

/** How many public lists hold the film: "In 3 lists" on its page. */
export async function countPublicListsWithFilm(filmId: number) {
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(filmListItems)
    .innerJoin(filmLists, eq(filmLists.id, filmListItems.listId))
    .where(onPublicListWith(filmId));
  return row?.count ?? 0;
}

/** A page of the public lists that hold the film, latest changed first, with their owners; and how many in all. */
export async function listPublicListsWithFilm(filmId: number, { page, pageSize }: { page: number; pageSize: number }) {
  const rows = await getDb()
    .select({
      id: filmLists.id,
      slug: filmLists.slug,
      title: filmLists.title,
      ranked: filmLists.ranked,
      position: filmListItems.position,
      itemCount,
      owner: { id: users.id, username: users.username, displayName: users.displayName },
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(filmListItems)
    .innerJoin(filmLists, eq(filmLists.id, filmListItems.listId))
    .innerJoin(users, eq(users.id, filmLists.userId))
    .where(onPublicListWith(filmId))
    .orderBy(desc(filmLists.updatedAt), desc(filmLists.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const { rows: lists, total } = await splitWindowTotal(rows, page, () => countPublicListsWithFilm(filmId));
  return { lists, total };
}

export type ListWithFilmData = Awaited<ReturnType<typeof listPublicListsWithFilm>>["lists"][number];
