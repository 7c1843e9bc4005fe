import { connection } from "next/server";
import { findSignedInUser } from "@/auth";
import { listAllReviewsOfUser } from "@/db/queries/reviews";
import { toCsv } from "@/lib/csv";
import { LETTERBOXD_COLUMNS, toLetterboxdRating } from "@/lib/letterboxd";
import { siteUrl } from "@/lib/site";

/** The signed-in member's ratings and reviews as a CSV with Letterboxd's columns. */
export async function GET() {
  await connection();
  const user = await findSignedInUser();
  if (!user) return new Response("Sign in to export your ratings.", { status: 401 });
  const reviews = await listAllReviewsOfUser(user.id);
  const rows = reviews.map((review) => {
    const { rating, tags } = toLetterboxdRating(review.rating);
    const date = review.createdAt.toISOString().slice(0, 10);
    const url = new URL(`/films/${review.film.slug}`, siteUrl()).toString();
    return [date, review.film.title, review.film.year, url, rating, "No", review.body, tags, date];
  });
  return new Response(toCsv(LETTERBOXD_COLUMNS, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="marquee-${user.username}-reviews.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
