// `--format tmdb-images`: posters and profile photos from TMDB for the films and people that have an IMDb id and no
// picture yet, stored as an admin's upload is and recorded as TMDB's (its terms ask that its pictures be credited).
// Reads no files: it needs TMDB_API_KEY, and TMDB_API_URL only to point it elsewhere (a proxy, the tests' server).
import { saveImage } from "../../../mutations/stored-images";
import { insertExternalIds } from "../../external-ids";
import { ImportInputError } from "../../read-files";
import type { ImportContext } from "../../records";
import { connectToTmdb, TmdbRequestError, type TmdbClient } from "./client";
import { forEachConcurrently } from "./concurrently";
import { PHOTOS, POSTERS, type PictureKind, type PictureOwner } from "./picture-kinds";
import { env } from "@/lib/env";

/** Films or people fetched at once: TMDB allows some 40 requests a second, and asks not to be scraped in bulk. */
const ITEMS_IN_FLIGHT = 4;

/** A picture stored, or why there is none. */
type Fetched = { ok: true; url: string } | { ok: false; reason: string };

async function fetchPicture(
  context: ImportContext,
  tmdb: TmdbClient,
  kind: PictureKind,
  match: { tmdbId: number; imagePath: string | null | undefined },
): Promise<Fetched> {
  if (!match.imagePath) return { ok: false, reason: `no ${kind.noun} at TMDB` };
  const bytes = await tmdb.image(kind.tmdbSize, match.imagePath);
  if (!bytes) return { ok: false, reason: `TMDB lists a ${kind.noun} but does not serve it` };
  const stored = await saveImage(bytes, kind.imageKind, { source: "tmdb", sourceId: match.tmdbId }, context.db);
  if (!stored.ok) return { ok: false, reason: `TMDB's ${kind.noun} was refused: ${stored.error}` };
  return { ok: true, url: stored.url };
}

/** One film's or person's picture, and the TMDB id learnt on the way, written together. */
async function importPicture(context: ImportContext, tmdb: TmdbClient, kind: PictureKind, owner: PictureOwner) {
  const { summary } = context;
  const example = `${owner.slug} (${owner.imdbId})`;
  try {
    const match = kind.match(await tmdb.findByImdbId(owner.imdbId));
    if (!match) return summary.skip(kind.subject, "not found at TMDB", example);
    const picture = await fetchPicture(context, tmdb, kind, match);
    const { addedIds, isSet } = await context.db.transaction(async (tx) => ({
      addedIds: await insertExternalIds(tx, kind.owner, [
        { ref: owner, ids: [{ source: "tmdb", id: String(match.tmdbId) }] },
      ]),
      isSet: picture.ok && (await kind.setPicture(tx, owner.id, picture.url)),
    }));
    summary.countAdded("TMDB ids", addedIds.length);
    if (isSet) summary.count(kind.subject, "imported");
    else summary.skip(kind.subject, picture.ok ? `a ${kind.noun} was set meanwhile` : picture.reason, example);
  } catch (error) {
    if (!(error instanceof TmdbRequestError)) throw error;
    summary.skip(kind.subject, error.message, example);
  }
}

export async function importTmdbImages(context: ImportContext) {
  const { TMDB_API_KEY: apiKey, TMDB_API_URL: apiUrl } = env();
  if (!apiKey) {
    throw new ImportInputError(
      "TMDB_API_KEY is not set: get an API key or read access token at https://www.themoviedb.org/settings/api.",
    );
  }
  const tmdb = await connectToTmdb({ apiKey, apiUrl });
  for (const kind of [POSTERS, PHOTOS]) {
    const owners = await kind.listMissing(context.db);
    if (owners.length === 0) {
      context.summary.note(`every ${kind.owner} with an IMDb id has a ${kind.noun} already.`);
      continue;
    }
    context.progress.start(`${kind.subject} from TMDB`, owners.length, kind.progressUnit);
    await forEachConcurrently(owners, ITEMS_IN_FLIGHT, async (owner) => {
      await importPicture(context, tmdb, kind, owner);
      context.progress.advance(1);
    });
    context.progress.finish();
  }
}
