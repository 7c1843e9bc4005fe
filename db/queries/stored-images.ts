// What is known of a stored picture: its blurred preview, and where it came from.
import { eq, sql, type AnyColumn } from "drizzle-orm";
import { getDb } from "../client";
import { storedImages } from "../schema";

/** A picture's blurred preview, read beside the column that holds its address (null without one, or unrecorded). */
export function placeholderOf(url: AnyColumn) {
  return sql<
    string | null
  >`(select ${storedImages.placeholder} from ${storedImages} where ${storedImages.url} = ${url})`;
}

export type ImageDetails = Pick<typeof storedImages.$inferSelect, "placeholder" | "source" | "sourceId">;

/** The preview and origin of the picture at `url`; undefined for none, or one stored before they were recorded. */
export async function findImageDetails(url: string | null): Promise<ImageDetails | undefined> {
  if (!url) return undefined;
  const [details] = await getDb()
    .select({ placeholder: storedImages.placeholder, source: storedImages.source, sourceId: storedImages.sourceId })
    .from(storedImages)
    .where(eq(storedImages.url, url));
  return details;
}
