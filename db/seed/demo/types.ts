// The shape of the demo catalogue: plain data, linked by slugs and usernames so it reads like a fixture.
import type { creditRole, titleKind, userRole } from "../../schema";

export type CreditRole = (typeof creditRole.enumValues)[number];
export type TitleKind = (typeof titleKind.enumValues)[number];

export interface DemoGenre {
  slug: string;
  name: string;
}

export interface DemoCountry {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  name: string;
}

export interface DemoPerson {
  slug: string;
  name: string;
  /** The name in its own script, when it has one other than Latin. */
  originalName?: string;
  birthDate?: string;
  birthPlace?: string;
  deathDate?: string;
  deathPlace?: string;
  bio?: string;
}

export interface DemoFilm {
  slug: string;
  title: string;
  originalTitle?: string;
  year: number;
  releaseDate?: string;
  runtimeMinutes: number;
  /** Country codes, main production country first. */
  countries: string[];
  /** Genre slugs. */
  genres: string[];
  titles?: { title: string; kind: TitleKind; language?: string; country?: string }[];
  plots: { body: string; source: string; sourceUrl?: string; license?: string; language?: string }[];
  /** Billing order is the order within each role. */
  credits: { person: string; role: CreditRole; character?: string }[];
}

export interface DemoUser {
  username: string;
  email: string;
  displayName: string;
  bio?: string;
  role?: (typeof userRole.enumValues)[number];
}

export interface DemoReview {
  film: string;
  user: string;
  /** 0–10: 1–10 are half stars, 0 is "trash". */
  rating: number;
  body?: string;
  hasSpoilers?: boolean;
  /** Fixed dates keep seeding idempotent. */
  createdAt: string;
}
