// Stores a picture's file (lib/image-files.ts) and what is known of it, for uploads and imports alike.
import { getPrimaryDb, type Executor } from "../client";
import { storedImages } from "../schema";
import { storeImage, type ImageKind, type StoredImage } from "@/lib/image-files";

export type ImageOrigin = { source: "upload" } | { source: "tmdb"; sourceId: number };

/**
 * Stores the picture and records its size, preview and origin. The record describes the file, which exists from
 * then on whatever the caller does with it; a picture stored twice (same bytes, same address) keeps its first record.
 */
export async function saveImage(
  bytes: Buffer,
  kind: ImageKind,
  origin: ImageOrigin,
  db: Executor = getPrimaryDb(),
): Promise<StoredImage> {
  const stored = await storeImage(bytes, kind);
  if (!stored.ok) return stored;
  const { url, width, height, placeholder } = stored;
  await db
    .insert(storedImages)
    .values({ url, width, height, placeholder, ...origin })
    .onConflictDoNothing({ target: storedImages.url });
  return stored;
}
