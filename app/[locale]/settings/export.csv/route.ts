import { connection } from "next/server";
import { findSignedInUser } from "@/auth";
import { listAllReviewsOfUser } from "@/db/queries/reviews";
import { letterboxdExportCsv } from "@/lib/letterboxd";
import { siteUrl } from "@/lib/site";

/** The signed-in member's ratings and reviews as a CSV with Letterboxd's columns, which the import reads back. */
export async function GET() {
  await connection();
  const user = await findSignedInUser();
  if (!user) return new Response("Sign in to export your ratings.", { status: 401 });
  const reviews = await listAllReviewsOfUser(user.id);
  return new Response(letterboxdExportCsv(reviews, siteUrl()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="marquee-${user.username}-reviews.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
