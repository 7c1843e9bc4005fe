// Uploaded images, film posters and people's photos: checked by their content, resized once, stored under a name that
// is their hash, in one directory.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type ResizeOptions } from "sharp";
import { env } from "./env";

export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** Wide enough for the largest the pages show, on a screen of twice the density (an avatar: a profile's 96 px). */
const WIDTHS = { poster: 600, photo: 400, avatar: 256 } as const;
/** Where each kind is served: `/posters/<sha-256>.webp`, `/photos/<sha-256>.webp`, `/avatars/<sha-256>.webp`. */
const ROUTES = { poster: "/posters", photo: "/photos", avatar: "/avatars" } as const;
export type ImageKind = keyof typeof WIDTHS;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif"]);
const MIN_SIDE = 100;
/**
 * Members upload avatars, not only admins posters: a small file can still decode to gigabytes (a "pixel flood"), so
 * its size is read from the header and refused before anything is decoded. 50 megapixels passes any camera's photo.
 */
const MAX_PIXELS = 50_000_000;
/** A stored image's name, the only names the routes serve. */
export const IMAGE_FILE_NAME = /^[0-9a-f]{64}\.webp$/;

/** Where images are kept: POSTER_DIR, or `uploads/posters` beside the app. `npm run db:backup` archives it with the database. */
export function posterDirectory() {
  // Read at run time, not traced into the build (Turbopack would otherwise bundle the whole project).
  return path.resolve(/*turbopackIgnore: true*/ env().POSTER_DIR || path.join(process.cwd(), "uploads", "posters"));
}

/** How many pixels wide the blurred preview is: a few hundred bytes, enough for the picture's colours and shapes. */
const PLACEHOLDER_WIDTH = 12;

export interface ImageFile {
  url: string;
  width: number;
  height: number;
  /** A data: URL of the picture at PLACEHOLDER_WIDTH pixels, for next/image's blurred placeholder. */
  placeholder: string;
}
export type StoredImage = ({ ok: true } & ImageFile) | { ok: false; error: string };

/**
 * Stores an uploaded image as a poster, a photo or an avatar: whatever its name or declared type, it must decode as a
 * JPEG, PNG, WebP or AVIF image of a sensible size. It is re-encoded (which also drops any metadata, such as GPS
 * positions) as WebP; its address is its kind's route and its hash.
 */
export async function storeImage(bytes: Buffer, kind: ImageKind): Promise<StoredImage> {
  if (bytes.length > IMAGE_MAX_BYTES) return { ok: false, error: "The image is over 8 MB; make it smaller." };
  let image;
  try {
    const metadata = await sharp(bytes).metadata();
    if (!ACCEPTED_FORMATS.has(metadata.format) || !metadata.width || !metadata.height) throw new Error(metadata.format);
    if (metadata.width < MIN_SIDE || metadata.height < MIN_SIDE)
      return { ok: false, error: `The image is too small: at least ${MIN_SIDE}×${MIN_SIDE} pixels.` };
    if (metadata.width * metadata.height > MAX_PIXELS)
      return { ok: false, error: `The image is too large: at most ${MAX_PIXELS / 1_000_000} megapixels.` };
    image = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(resizingFor(kind, metadata))
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    return { ok: false, error: "This file is not a JPEG, PNG, WebP or AVIF image." };
  }
  const name = `${createHash("sha256").update(image.data).digest("hex")}.webp`;
  await mkdir(posterDirectory(), { recursive: true });
  await writeFile(path.join(posterDirectory(), name), image.data);
  const { width, height } = image.info;
  return { ok: true, url: `${ROUTES[kind]}/${name}`, width, height, placeholder: await placeholderOf(image.data) };
}

/**
 * Posters and photos keep their shape at their kind's width. An avatar is shown in a circle, whatever was uploaded: cut
 * to the largest square at its centre, and never enlarged (the side is at least MIN_SIDE, at most the kind's width).
 */
function resizingFor(kind: ImageKind, { width, height }: { width: number; height: number }): ResizeOptions {
  if (kind !== "avatar") return { width: WIDTHS[kind], withoutEnlargement: true };
  const side = Math.min(width, height, WIDTHS.avatar);
  return { width: side, height: side, fit: "cover", position: "centre" };
}

async function placeholderOf(image: Buffer) {
  const tiny = await sharp(image).resize({ width: PLACEHOLDER_WIDTH }).webp({ quality: 50 }).toBuffer();
  return `data:image/webp;base64,${tiny.toString("base64")}`;
}

/** A stored image's bytes, or undefined for any name that is not one. */
export async function readStoredImage(name: string) {
  if (!IMAGE_FILE_NAME.test(name)) return undefined;
  try {
    return await readFile(path.join(posterDirectory(), name));
  } catch {
    return undefined;
  }
}

/** The answer to a request for a stored image: its bytes for ever (a name's bytes never change), or a 404. */
export async function storedImageResponse(name: string) {
  const image = await readStoredImage(name);
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(image), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Length": String(image.length),
    },
  });
}
