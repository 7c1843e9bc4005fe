// Cached readers for members' lists (see films.ts for the pattern). A list's pages are under its owner's user tag,
// as their watchlist is, so every write to one of their lists shows at once; each film's title under its
// film-details tag, so a renamed film shows its new title. Private lists are never read here: only the owner's
// edit page (not cached) shows them.
import { cacheLife, cacheTag } from "next/cache";
import {
  countPublicListsWithFilm,
  getPublicFilmList,
  listFilmListsOfUser,
  listPublicListsWithFilm,
} from "@/db/queries/film-lists";
import { cacheTags } from "@/lib/cache-tags";
import { loadUserPage } from "./reviews";

export const LISTS_WITH_FILM_PAGE_SIZE = 20;

/** A member's public list by its slug, with the member; undefined for no such member or public list. */
export async function loadPublicFilmList(username: string, slug: string) {
  const profile = await loadUserPage(username);
  if (!profile) return undefined;
  const list = await loadPublicListOf(profile.user.id, slug);
  return list ? { user: profile.user, list } : undefined;
}

async function loadPublicListOf(userId: number, slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.user(userId));
  const list = await getPublicFilmList(userId, slug);
  if (list?.items.length) cacheTag(...list.items.map((item) => cacheTags.filmDetails(item.film.id)));
  return list;
}

/** A member's public lists, with the member. */
export async function loadPublicListsOfUser(username: string) {
  const profile = await loadUserPage(username);
  if (!profile) return undefined;
  return { user: profile.user, lists: await loadPublicListsOf(profile.user.id) };
}

async function loadPublicListsOf(userId: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.user(userId));
  return listFilmListsOfUser(userId, { withPrivate: false });
}

export async function loadPublicListCount(filmId: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.filmLists(filmId));
  return countPublicListsWithFilm(filmId);
}

/**
 * A page of the public lists that hold the film. Their owners' names and the lists' titles change under their user
 * tags, which this does not carry (a film on many lists would carry hundreds): the film-lists tag covers the lists
 * a write adds or takes the film from, and a list's retitling names every film it holds.
 */
export async function loadPublicListsWithFilm(filmId: number, page: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.filmLists(filmId));
  return listPublicListsWithFilm(filmId, { page, pageSize: LISTS_WITH_FILM_PAGE_SIZE });
}
