// The moderation queue: reviews with open reports, the most reported first.
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
