// The bodies of the API's member endpoints: a member's public profile, watchlist and lists (see schemas.ts for the
// rest). Only what the member's public pages show is here: never an email, never a private list or watchlist.
import { z } from "zod";
import { WATCHLIST_SORTS } from "@/lib/browse-sorts";
import { absoluteUrl, component, count, filmCardSchema, filmRefSchema, links, nullableText, pageOf } from "./schemas";

export const memberRefSchema = component(
  "MemberRef",
  z.object({
    username: z.string(),
    displayName: nullableText.describe("The name the member goes by; null when they gave none."),
    links,
  }),
);

export const memberSchema = component(
  "Member",
  memberRefSchema.extend({
    bio: nullableText,
    avatarUrl: absoluteUrl.nullable().describe("A square picture; null when the member has none."),
    memberSince: z.iso.datetime(),
    counts: z.object({
      ratings: count.describe("Visible ratings, with a written review or without."),
      reviews: count.describe("Visible ratings with a written review."),
      followers: count,
      following: count,
      watchlist: count.nullable().describe("Films on the watchlist; null when the member keeps it private."),
    }),
    ratingHistogram: z
      .array(count)
      .length(11)
      .describe("ratingHistogram[r] is how many films the member rated r, 0–10."),
    links: links.extend({
      watchlist: absoluteUrl.nullable().describe("The member’s watchlist in the API; null when it is private."),
      lists: absoluteUrl.describe("The member’s public lists in the API."),
    }),
  }),
);

export const watchlistSchema = component(
  "Watchlist",
  pageOf(
    z.object({
      film: filmCardSchema,
      addedAt: z.iso.datetime(),
    }),
  ).extend({
    member: memberRefSchema,
    sort: z.enum(WATCHLIST_SORTS),
  }),
);

export const filmListSummarySchema = component(
  "FilmListSummary",
  z.object({
    slug: z.string(),
    title: z.string(),
    description: nullableText.describe("Plain text, never HTML."),
    isRanked: z.boolean().describe("The order is a ranking: each item has its position."),
    filmCount: count,
    updatedAt: z.iso.datetime(),
    links,
  }),
);

export const memberListsSchema = component(
  "MemberLists",
  z.object({
    member: memberRefSchema,
    items: z.array(filmListSummarySchema).describe("Every public list of the member, latest changed first."),
  }),
);

export const filmListSchema = component(
  "FilmList",
  filmListSummarySchema.extend({
    member: memberRefSchema,
    items: z
      .array(
        z.object({
          position: z.int().min(1).nullable().describe("1 for the top of a ranked list; null on an unranked one."),
          film: filmRefSchema.extend({ posterUrl: absoluteUrl.nullable() }),
          note: nullableText.describe("The member’s note on the film, plain text."),
        }),
      )
      .describe("The films in the list’s order."),
  }),
);
