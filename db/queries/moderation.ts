// The moderation queue: reviews saved under a hold, and reviews with open reports.
import { sql } from "drizzle-orm";
import { getDb } from "../client";

export type ReportedReview = {
  review_id: number;
  rating: number;
  body: string | null;
  status: "visible" | "hidden";
  author: string;
  film_slug: string;
  film_title: string;
  film_year: number;
  reports: number;
  reasons: string[];
  details: string[];
  first_reported_at: Date;
};

/** Reviews with open reports, the most reported first. */
export async function listReportedReviews(limit = 50) {
  return [
    ...(await getDb().execute<ReportedReview>(sql`
      select r.id as review_id, r.rating, r.body, r.status, u.username as author,
             f.slug as film_slug, f.title as film_title, f.year as film_year,
             count(*)::int as reports,
             array_agg(distinct rr.reason::text) as reasons,
             array_remove(array_agg(rr.details order by rr.created_at), null) as details,
             min(rr.created_at) as first_reported_at
      from review_reports rr
      join reviews r on r.id = rr.review_id
      join users u on u.id = r.user_id
      join films f on f.id = r.film_id
      where rr.resolved_at is null
      group by r.id, u.username, f.id
      order by reports desc, first_reported_at
      limit ${limit}`)),
  ];
}

export type HeldReview = {
  review_id: number;
  rating: number;
  body: string | null;
  author: string;
  film_slug: string;
  film_title: string;
  film_year: number;
  /** Posted anew after the hidden review was deleted, rather than the hidden review edited. */
  is_repost: boolean;
  /** The moderator's reason for the hide. */
  reason: string | null;
};

/** Reviews saved under a hold (db/mutations/moderation.ts), hidden until a moderator decides; oldest first. */
export async function listHeldReviews(limit = 50) {
  return [
    ...(await getDb().execute<HeldReview>(sql`
      select r.id as review_id, r.rating, r.body, u.username as author,
             f.slug as film_slug, f.title as film_title, f.year as film_year,
             h.hidden_review_id <> r.id as is_repost, h.reason
      from review_holds h
      join reviews r on r.user_id = h.user_id and r.film_id = h.film_id
      join users u on u.id = r.user_id
      join films f on f.id = r.film_id
      where h.resubmitted_at is not null
      order by h.resubmitted_at
      limit ${limit}`)),
  ];
}
