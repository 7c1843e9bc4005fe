// The demo catalogue: data in the JSON files beside this one, linked by slugs and usernames so it reads like a
// fixture, and checked against these shapes when it is loaded. Every text in it is written by the Marquee project.
import { z } from "zod";
import { creditRole, personNameKind, titleKind, userRole } from "../../schema";
import countriesJson from "./countries.json" with { type: "json" };
import filmsJson from "./films.json" with { type: "json" };
import listsJson from "./lists.json" with { type: "json" };
import genresJson from "./genres.json" with { type: "json" };
import peopleJson from "./people.json" with { type: "json" };
import reviewsJson from "./reviews.json" with { type: "json" };
import usersJson from "./users.json" with { type: "json" };

/** A date as the seed stores it: YYYY-MM-DD. */
const day = z.iso.date();

const genreSchema = z.object({ slug: z.string(), name: z.string() });

const countrySchema = z.object({
  /** ISO 3166-1 alpha-2, upper case. */
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string(),
});

const personSchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** The name in its own script, when it has one other than Latin. */
  originalName: z.string().optional(),
  /** Other romanisations, scripts, stage and birth names, in the order the person page lists them. */
  otherNames: z.array(z.object({ name: z.string(), kind: z.enum(personNameKind.enumValues) })).optional(),
  birthDate: day.optional(),
  birthPlace: z.string().optional(),
  deathDate: day.optional(),
  deathPlace: z.string().optional(),
  bio: z.string().optional(),
});

const filmSchema = z.object({
  slug: z.string(),
  title: z.string(),
  originalTitle: z.string().optional(),
  year: z.number().int(),
  releaseDate: day.optional(),
  runtimeMinutes: z.number().int(),
  /** Country codes, main production country first. */
  countries: z.array(z.string()),
  /** Genre slugs. */
  genres: z.array(z.string()),
  titles: z
    .array(
      z.object({
        title: z.string(),
        kind: z.enum(titleKind.enumValues),
        language: z.string().optional(),
        country: z.string().optional(),
      }),
    )
    .optional(),
  plots: z.array(
    z.object({
      body: z.string(),
      source: z.string(),
      sourceUrl: z.string().optional(),
      license: z.string().optional(),
      language: z.string().optional(),
    }),
  ),
  /** Billing order is the order within each role. */
  credits: z.array(
    z.object({ person: z.string(), role: z.enum(creditRole.enumValues), character: z.string().optional() }),
  ),
});

const userSchema = z.object({
  username: z.string(),
  email: z.string(),
  displayName: z.string(),
  bio: z.string().optional(),
  role: z.enum(userRole.enumValues).optional(),
});

const reviewSchema = z.object({
  film: z.string(),
  user: z.string(),
  /** 0–10: 1–10 are half stars, 0 is "trash". */
  rating: z.number().int().min(0).max(10),
  body: z.string().optional(),
  hasSpoilers: z.boolean().optional(),
  /** Fixed dates keep seeding idempotent. */
  createdAt: z.iso.datetime(),
});

/** A member's public list; its films in their order, linked by slug. */
const listSchema = z.object({
  user: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string().optional(),
  ranked: z.boolean(),
  /** Fixed dates keep seeding idempotent. */
  updatedAt: z.iso.datetime(),
  films: z.array(z.object({ film: z.string(), note: z.string().optional() })),
});

export type DemoFilm = z.infer<typeof filmSchema>;

export const genres = z.array(genreSchema).parse(genresJson);
export const countries = z.array(countrySchema).parse(countriesJson);
export const people = z.array(personSchema).parse(peopleJson);
export const films = z.array(filmSchema).parse(filmsJson);
export const users = z.array(userSchema).parse(usersJson);
export const reviews = z.array(reviewSchema).parse(reviewsJson);
export const lists = z.array(listSchema).parse(listsJson);
