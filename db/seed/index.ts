// Loads the demo catalogue. Idempotent: entities are matched on their natural keys (slug, code, username,
// film + user), existing rows are left as they are, and a film's details (a person's other names) are written only
// when the film (the person) is new.
import { inArray } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import type { Database, Executor } from "../client";
import * as schema from "../schema";
import { countries, films, genres, lists, people, reviews, users, type DemoFilm } from "./demo";

/** Every demo account signs in with this password; the README says so. */
export const DEMO_PASSWORD = "marquee-demo";

function idsBy<K extends string>(rows: { id: number; key: K }[]) {
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function insertFilmDetails(
  tx: Executor,
  film: DemoFilm,
  filmId: number,
  ids: { genre: Map<string, number>; person: Map<string, number> },
) {
  if (film.titles?.length) {
    await tx.insert(schema.filmTitles).values(
      film.titles.map((title) => ({
        filmId,
        title: title.title,
        kind: title.kind,
        language: title.language,
        countryCode: title.country,
      })),
    );
  }
  await tx.insert(schema.plots).values(film.plots.map((plot, position) => ({ ...plot, filmId, position })));
  await tx.insert(schema.filmGenres).values(film.genres.map((slug) => ({ filmId, genreId: ids.genre.get(slug)! })));
  await tx
    .insert(schema.filmCountries)
    .values(film.countries.map((countryCode, position) => ({ filmId, countryCode, position })));
  const positionInRole = new Map<string, number>();
  await tx.insert(schema.credits).values(
    film.credits.map((credit) => {
      const position = positionInRole.get(credit.role) ?? 0;
      positionInRole.set(credit.role, position + 1);
      return {
        filmId,
        personId: ids.person.get(credit.person)!,
        role: credit.role,
        character: credit.character,
        position,
      };
    }),
  );
}

/** The other names of the people just added, in the order the demo lists them. */
async function insertOtherNames(tx: Executor, newPeople: { id: number; slug: string }[]) {
  const newPersonIds = new Map(newPeople.map((person) => [person.slug, person.id]));
  const rows = people.flatMap(({ slug, otherNames = [] }) => {
    const personId = newPersonIds.get(slug);
    return personId ? otherNames.map((otherName, position) => ({ ...otherName, personId, position })) : [];
  });
  if (rows.length > 0) await tx.insert(schema.personNames).values(rows);
}

export async function seedDemoCatalogue(db: Database) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(schema.genres).values(genres).onConflictDoNothing();
    await tx.insert(schema.countries).values(countries).onConflictDoNothing();
    const newPeople = await tx
      .insert(schema.people)
      .values(people.map(({ otherNames: _otherNames, ...person }) => person))
      .onConflictDoNothing()
      .returning({ id: schema.people.id, slug: schema.people.slug });
    await insertOtherNames(tx, newPeople);
    const newFilms = await tx
      .insert(schema.films)
      .values(
        films.map(({ slug, title, originalTitle, year, releaseDate, runtimeMinutes }) => ({
          slug,
          title,
          originalTitle,
          year,
          releaseDate,
          runtimeMinutes,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: schema.films.id, slug: schema.films.slug });
    await tx
      .insert(schema.users)
      .values(users.map((user) => ({ ...user, passwordHash })))
      .onConflictDoNothing();

    const ids = {
      genre: idsBy(await tx.select({ id: schema.genres.id, key: schema.genres.slug }).from(schema.genres)),
      person: idsBy(
        await tx
          .select({ id: schema.people.id, key: schema.people.slug })
          .from(schema.people)
          .where(
            inArray(
              schema.people.slug,
              people.map((person) => person.slug),
            ),
          ),
      ),
    };
    const newFilmIds = new Map(newFilms.map((film) => [film.slug, film.id]));
    for (const film of films) {
      const filmId = newFilmIds.get(film.slug);
      if (filmId) await insertFilmDetails(tx, film, filmId, ids);
    }

    const filmIds = idsBy(
      await tx
        .select({ id: schema.films.id, key: schema.films.slug })
        .from(schema.films)
        .where(
          inArray(
            schema.films.slug,
            films.map((film) => film.slug),
          ),
        ),
    );
    const userIds = idsBy(
      await tx
        .select({ id: schema.users.id, key: schema.users.username })
        .from(schema.users)
        .where(
          inArray(
            schema.users.username,
            users.map((user) => user.username),
          ),
        ),
    );
    await tx
      .insert(schema.reviews)
      .values(
        reviews.map((review) => ({
          filmId: filmIds.get(review.film)!,
          userId: userIds.get(review.user)!,
          rating: review.rating,
          body: review.body,
          hasSpoilers: review.hasSpoilers ?? false,
          createdAt: new Date(review.createdAt),
          updatedAt: new Date(review.createdAt),
        })),
      )
      .onConflictDoNothing();
    await insertLists(tx, filmIds, userIds);
  });
}

/** The demo lists not there yet, with their films: a list seeded before keeps what its owner made of it since. */
async function insertLists(tx: Executor, filmIds: Map<string, number>, userIds: Map<string, number>) {
  for (const list of lists) {
    const [inserted] = await tx
      .insert(schema.filmLists)
      .values({
        userId: userIds.get(list.user)!,
        slug: list.slug,
        title: list.title,
        description: list.description,
        ranked: list.ranked,
        createdAt: new Date(list.updatedAt),
        updatedAt: new Date(list.updatedAt),
      })
      .onConflictDoNothing()
      .returning({ id: schema.filmLists.id });
    if (!inserted) continue;
    await tx.insert(schema.filmListItems).values(
      list.films.map(({ film, note }, index) => ({
        listId: inserted.id,
        filmId: filmIds.get(film)!,
        position: index + 1,
        note,
        addedAt: new Date(list.updatedAt),
      })),
    );
  }
}
