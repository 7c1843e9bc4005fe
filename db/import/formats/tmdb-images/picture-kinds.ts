// The two kinds of picture TMDB has for the catalogue, films' posters and people's profile photos: who lacks one,
// where TMDB's find answer holds it, and how it is set.
import { and, eq, isNull } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../../../client";
import { externalIds, films, people } from "../../../schema";
import type { ImageKind } from "@/lib/image-files";
import type { TmdbFindResults } from "./client";

export interface PictureOwner {
  id: number;
  slug: string;
  imdbId: string;
}

export interface PictureKind {
  /** What the summary counts: "posters", "photos". */
  subject: string;
  /** One of them, in a reason: "no poster at TMDB". */
  noun: string;
  owner: "film" | "person";
  imageKind: ImageKind;
  /** TMDB's size (from /3/configuration's lists) at least as large as what lib/image-files.ts keeps, or near it. */
  tmdbSize: string;
  progressUnit: "films" | "people";
  /** Films or people with an IMDb id and no picture, each once (with its first IMDb id, should it have several). */
  listMissing(db: Executor): Promise<PictureOwner[]>;
  /** TMDB's id for the film or person, and the path of its picture when it has one. */
  match(results: TmdbFindResults): { tmdbId: number; imagePath: string | null | undefined } | undefined;
  /** Sets the picture unless one was set meanwhile (an admin's upload wins); true when it was set. */
  setPicture(tx: Executor, id: number, url: string): Promise<boolean>;
}

function listWithoutPicture(
  db: Executor,
  owners: typeof films | typeof people,
  picture: PgColumn,
  ownerOfExternalId: PgColumn,
) {
  return db
    .selectDistinctOn([owners.id], { id: owners.id, slug: owners.slug, imdbId: externalIds.externalId })
    .from(owners)
    .innerJoin(externalIds, and(eq(ownerOfExternalId, owners.id), eq(externalIds.source, "imdb")))
    .where(isNull(picture))
    .orderBy(owners.id, externalIds.id);
}

export const POSTERS: PictureKind = {
  subject: "posters",
  noun: "poster",
  owner: "film",
  imageKind: "poster",
  tmdbSize: "w500",
  progressUnit: "films",
  listMissing: (db) => listWithoutPicture(db, films, films.poster, externalIds.filmId),
  match: ({ movie_results: [movie] }) => movie && { tmdbId: movie.id, imagePath: movie.poster_path },
  setPicture: async (tx, id, url) => {
    const updated = await tx
      .update(films)
      .set({ poster: url })
      .where(and(eq(films.id, id), isNull(films.poster)))
      .returning({ id: films.id });
    return updated.length > 0;
  },
};

export const PHOTOS: PictureKind = {
  subject: "photos",
  noun: "profile photo",
  owner: "person",
  imageKind: "photo",
  tmdbSize: "h632",
  progressUnit: "people",
  listMissing: (db) => listWithoutPicture(db, people, people.photo, externalIds.personId),
  match: ({ person_results: [person] }) => person && { tmdbId: person.id, imagePath: person.profile_path },
  setPicture: async (tx, id, url) => {
    const updated = await tx
      .update(people)
      .set({ photo: url })
      .where(and(eq(people.id, id), isNull(people.photo)))
      .returning({ id: people.id });
    return updated.length > 0;
  },
};
