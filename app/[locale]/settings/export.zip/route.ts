import { connection } from "next/server";
import { findSignedInUser } from "@/auth";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { readAccountArchive } from "@/db/queries/account-archive";
import { accountArchiveFiles } from "@/lib/account-archive";
import { rateLimits } from "@/lib/rate-limits";
import { siteUrl } from "@/lib/site";
import { isoDay } from "@/lib/validation/diary";
import { zipStream } from "@/lib/zip";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** Everything the signed-in member wrote, as one ZIP shaped like Letterboxd's export (lib/account-archive.ts). */
export async function GET() {
  await connection();
  const user = await findSignedInUser();
  if (!user) return new Response("Sign in to download your data.", { status: 401, headers: PRIVATE });
  const limit = rateLimits.accountArchivesPerUser;
  if (!(await hitRateLimit(limit, String(user.id))))
    return new Response(limit.message, { status: 429, headers: PRIVATE });
  const archive = await readAccountArchive(user.id);
  if (!archive) return new Response("Sign in to download your data.", { status: 401, headers: PRIVATE });
  const now = new Date();
  return new Response(zipStream(accountArchiveFiles(archive, siteUrl()), now), {
    headers: {
      ...PRIVATE,
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="marquee-${user.username}-${isoDay(now)}.zip"`,
    },
  });
}
