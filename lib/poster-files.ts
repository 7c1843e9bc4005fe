// Uploaded posters: checked by their content, resized once, stored under a name that is their hash.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "./env";

export const POSTER_MAX_BYTES = 8 * 1024 * 1024;
/** Wide enough for the largest poster the pages show, on a screen of twice the density. */
const POSTER_WIDTH = 600;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif"]);
const MIN_SIDE = 100;
/** A poster's address: `/posters/<sha-256>.webp`, the only names the route serves. */
export const POSTER_FILE_NAME = /^[0-9a-f]{64}\.webp$/;

/** Where posters are kept: POSTER_DIR, or `uploads/posters` beside the app. Back it up with the database. */
export function posterDirectory() {
  // Read at run time, not traced into the build (Turbopack would otherwise bundle the whole project).
  return path.resolve(/*turbopackIgnore: true*/ env().POSTER_DIR || path.join(process.cwd(), "uploads", "posters"));
}

export type PosterResult = { ok: true; url: string } | { ok: false; error: string };

/**
 * Stores an uploaded image as a poster: whatever its name or declared type, it must decode as a JPEG, PNG, WebP or
 * AVIF image of a sensible size. It is re-encoded (which also drops any metadata, such as GPS positions) as WebP.
 */
export async function storePoster(bytes: Buffer): Promise<PosterResult> {
  if (bytes.length > POSTER_MAX_BYTES) return { ok: false, error: "The image is over 8 MB; make it smaller." };
  let image;
  try {
    const metadata = await sharp(bytes).metadata();
    if (!ACCEPTED_FORMATS.has(metadata.format) || !metadata.width || !metadata.height) throw new Error(metadata.format);
    if (metadata.width < MIN_SIDE || metadata.height < MIN_SIDE)
      return { ok: false, error: `The image is too small: at least ${MIN_SIDE}×${MIN_SIDE} pixels.` };
    image = await sharp(bytes)
      .rotate()
      .resize({ width: POSTER_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    return { ok: false, error: "This file is not a JPEG, PNG, WebP or AVIF image." };
  }
  const name = `${createHash("sha256").update(image).digest("hex")}.webp`;
  await mkdir(posterDirectory(), { recursive: true });
  await writeFile(path.join(posterDirectory(), name), image);
  return { ok: true, url: `/posters/${name}` };
}

/** A stored poster's bytes, or undefined for any name that is not one. */
export async function readPoster(name: string) {
  if (!POSTER_FILE_NAME.test(name)) return undefined;
  try {
    return await readFile(path.join(posterDirectory(), name));
  } catch {
    return undefined;
  }
}
