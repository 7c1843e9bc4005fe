// The film catalogue: films and their titles, plots, genres and countries; people and their credits.
import { relations, sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { filmRatingStats, users } from "./community";

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** The databases a catalogue row can come from. */
export const externalSource = pgEnum("external_source", ["imdb", "wikipedia", "netflix", "movielens", "tmdb"]);

export const films = pgTable(
  "films",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    title: text().notNull(),
    originalTitle: text(),
    year: smallint().notNull(),
    releaseDate: date({ mode: "string" }),
    runtimeMinutes: smallint(),
    poster: text(),
    // The import whose spelling the title is, replaced by a more authoritative source's ("Amelie" by "Amélie"); null
    // once an admin has set it, or for films made in the app, which no import overrides (a trigger, 0019).
    titleSource: externalSource(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("films_slug_key").on(t.slug),
    index("films_year_idx").on(t.year),
    // In the order the newest-first queries read, "desc" being NULLS FIRST; .desc() alone writes NULLS LAST (0011).
    index("films_created_at_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Films go back to the 1870s; anything past 2100 is a typo.
    check("films_year_range", sql`${t.year} between 1870 and 2100`),
    // The longest released films run for days; 6,000 minutes leaves room for them and stops typos.
    check("films_runtime_range", sql`${t.runtimeMinutes} between 1 and 6000`),
    check("films_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const titleKind = pgEnum("title_kind", ["original", "alternate", "working"]);

/** Every other name a film goes by ("Run Away", "탈주"), so search can find it by any of them. */
export const filmTitles = pgTable(
  "film_titles",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    title: text().notNull(),
    kind: titleKind().notNull().default("alternate"),
    countryCode: varchar({ length: 2 }).references(() => countries.code, { onDelete: "set null" }),
    language: text(),
  },
  (t) => [uniqueIndex("film_titles_film_title_kind_key").on(t.filmId, t.title, t.kind)],
);

export const plots = pgTable(
  "plots",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    body: text().notNull(),
    // Who wrote the text: a distributor, "Wikipedia", a user. Always credited on the page.
    source: text().notNull(),
    sourceUrl: text(),
    license: text(),
    language: text().notNull().default("en"),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    position: smallint().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("plots_film_idx").on(t.filmId, t.position),
    check("plots_body_length", sql`char_length(${t.body}) between 1 and 10000`),
  ],
);

export const genres = pgTable(
  "genres",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex("genres_slug_key").on(t.slug), uniqueIndex("genres_name_key").on(t.name)],
);

export const filmGenres = pgTable(
  "film_genres",
  {
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    genreId: integer()
      .notNull()
      .references(() => genres.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.filmId, t.genreId] }), index("film_genres_genre_idx").on(t.genreId)],
);

/** ISO 3166-1 alpha-2 codes, plus the reserved codes of countries that no longer exist (SU, CS, DD, YU). */
export const countries = pgTable(
  "countries",
  {
    code: varchar({ length: 2 }).primaryKey(),
    name: text().notNull(),
  },
  (t) => [check("countries_code_format", sql`${t.code} ~ '^[A-Z]{2}$'`)],
);

export const filmCountries = pgTable(
  "film_countries",
  {
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    // A country in use by films cannot be deleted by accident.
    countryCode: varchar({ length: 2 })
      .notNull()
      .references(() => countries.code, { onDelete: "restrict" }),
    position: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.filmId, t.countryCode] }), index("film_countries_country_idx").on(t.countryCode)],
);

export const people = pgTable(
  "people",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    // The name in its own script, e.g. Hangul or Cyrillic.
    originalName: text(),
    birthDate: date({ mode: "string" }),
    birthPlace: text(),
    deathDate: date({ mode: "string" }),
    deathPlace: text(),
    bio: text(),
    photo: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("people_slug_key").on(t.slug),
    // Namesakes, numbered on their pages ("John Smith (II)"), are found by name.
    index("people_name_idx").on(sql`lower(${t.name})`, t.id),
    check("people_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("people_lifespan", sql`${t.deathDate} is null or ${t.birthDate} is null or ${t.deathDate} >= ${t.birthDate}`),
  ],
);

export const personNameKind = pgEnum("person_name_kind", ["romanisation", "native", "stage", "birth", "other"]);

/**
 * Every other name a person goes by ("Also known as"): other romanisations ("Bong Jun-ho"), the name in another
 * script ("奉俊昊"), stage and birth names. Search finds the person by any of them (migration 0018); `position` keeps
 * the order an admin gave them.
 */
export const personNames = pgTable(
  "person_names",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: personNameKind().notNull().default("other"),
    position: smallint().notNull().default(0),
  },
  (t) => [
    // Also the index a person's names are read through.
    uniqueIndex("person_names_person_name_key").on(t.personId, t.name),
    check("person_names_name_length", sql`char_length(${t.name}) between 1 and 300`),
  ],
);

export const creditRole = pgEnum("credit_role", [
  "director",
  "writer",
  "cast",
  "composer",
  "cinematographer",
  "editor",
  "producer",
]);

export const credits = pgTable(
  "credits",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    // Deleting a person must not silently erase a filmography: merge or remove the credits first.
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: creditRole().notNull(),
    // The import that added it; null for credits added in the app.
    source: externalSource(),
    // Several parts in one film are written as one credit: "Bob / Alice".
    character: text(),
    position: smallint().notNull().default(0),
  },
  (t) => [
    uniqueIndex("credits_film_person_role_key").on(t.filmId, t.personId, t.role),
    index("credits_film_role_idx").on(t.filmId, t.role, t.position),
    index("credits_person_idx").on(t.personId, t.role),
  ],
);

/**
 * A film's or a person's id in another database ("tt0211915" on IMDb), so a bulk import run again
 * updates the same row instead of adding a duplicate.
 */
export const externalIds = pgTable(
  "external_ids",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    source: externalSource().notNull(),
    externalId: text().notNull(),
    filmId: integer().references(() => films.id, { onDelete: "cascade" }),
    personId: integer().references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("external_ids_film_key")
      .on(t.source, t.externalId)
      .where(sql`${t.filmId} is not null`),
    uniqueIndex("external_ids_person_key")
      .on(t.source, t.externalId)
      .where(sql`${t.personId} is not null`),
    index("external_ids_film_idx").on(t.filmId),
    index("external_ids_person_idx").on(t.personId),
    check("external_ids_one_target", sql`num_nonnulls(${t.filmId}, ${t.personId}) = 1`),
  ],
);

export const filmsRelations = relations(films, ({ one, many }) => ({
  titles: many(filmTitles),
  plots: many(plots),
  genres: many(filmGenres),
  countries: many(filmCountries),
  credits: many(credits),
  externalIds: many(externalIds),
  stats: one(filmRatingStats),
}));

export const filmTitlesRelations = relations(filmTitles, ({ one }) => ({
  film: one(films, { fields: [filmTitles.filmId], references: [films.id] }),
  country: one(countries, { fields: [filmTitles.countryCode], references: [countries.code] }),
}));

export const plotsRelations = relations(plots, ({ one }) => ({
  film: one(films, { fields: [plots.filmId], references: [films.id] }),
  author: one(users, { fields: [plots.authorId], references: [users.id] }),
}));

export const genresRelations = relations(genres, ({ many }) => ({ films: many(filmGenres) }));

export const filmGenresRelations = relations(filmGenres, ({ one }) => ({
  film: one(films, { fields: [filmGenres.filmId], references: [films.id] }),
  genre: one(genres, { fields: [filmGenres.genreId], references: [genres.id] }),
}));

export const countriesRelations = relations(countries, ({ many }) => ({ films: many(filmCountries) }));

export const filmCountriesRelations = relations(filmCountries, ({ one }) => ({
  film: one(films, { fields: [filmCountries.filmId], references: [films.id] }),
  country: one(countries, { fields: [filmCountries.countryCode], references: [countries.code] }),
}));

export const peopleRelations = relations(people, ({ many }) => ({
  credits: many(credits),
  externalIds: many(externalIds),
  otherNames: many(personNames),
}));

export const personNamesRelations = relations(personNames, ({ one }) => ({
  person: one(people, { fields: [personNames.personId], references: [people.id] }),
}));

export const externalIdsRelations = relations(externalIds, ({ one }) => ({
  film: one(films, { fields: [externalIds.filmId], references: [films.id] }),
  person: one(people, { fields: [externalIds.personId], references: [people.id] }),
}));

export const creditsRelations = relations(credits, ({ one }) => ({
  film: one(films, { fields: [credits.filmId], references: [films.id] }),
  person: one(people, { fields: [credits.personId], references: [people.id] }),
}));
