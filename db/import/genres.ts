// The catalogue's genres by name: a dataset's genre maps to the existing row of that name (or slug), and a
// genre the catalogue lacks is created.
import { inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { genres } from "../schema";
import { slugBase } from "@/lib/slugs";
import { matchKeyForName } from "./text";

export class GenreCatalogue {
  private readonly idByKey = new Map<string, number>();

  private remember(row: { id: number; name: string; slug: string }) {
    this.idByKey.set(matchKeyForName(row.name), row.id);
    this.idByKey.set(matchKeyForName(row.slug), row.id);
  }

  static async load(db: Executor) {
    const catalogue = new GenreCatalogue();
    for (const row of await db.select().from(genres)) catalogue.remember(row);
    return catalogue;
  }

  /**
   * The ids of these genre names, creating the genres that do not exist yet. A name without Latin letters or
   * digits has no slug for its page, so it is not created and has no id here.
   */
  async idsFor(tx: Executor, names: Iterable<string>): Promise<Map<string, number>> {
    const unique = [...new Set(names)];
    const rows = unique
      .filter((name) => !this.idByKey.has(matchKeyForName(name)))
      .map((name) => ({ name, slug: slugBase(name) }))
      .filter((row) => row.slug !== "");
    if (rows.length > 0) {
      await tx.insert(genres).values(rows).onConflictDoNothing();
      // Read back rather than trust RETURNING: a conflicting row (same slug, other spelling) is the genre to use.
      const stored = await tx
        .select()
        .from(genres)
        .where(
          inArray(
            genres.slug,
            rows.map((row) => row.slug),
          ),
        );
      stored.forEach((row) => this.remember(row));
    }
    const ids = new Map<string, number>();
    for (const name of unique) {
      const id = this.idByKey.get(matchKeyForName(name));
      if (id !== undefined) ids.set(name, id);
    }
    return ids;
  }
}

/**
 * A source's genre names as the catalogue names them. `synonyms` maps a source's name to the catalogue's
 * ("Sci-Fi" → ["Science Fiction"]); an empty list marks a label that is not a genre ("International Movies").
 * Names it does not list are taken as they are.
 */
export function catalogueGenres(sourceNames: string[], synonyms: Record<string, string[]>) {
  const genres = new Set<string>();
  const notGenres: string[] = [];
  for (const name of sourceNames) {
    const mapped = Object.hasOwn(synonyms, name) ? synonyms[name]! : [name];
    if (mapped.length === 0) notGenres.push(name);
    mapped.forEach((genre) => genres.add(genre));
  }
  return { genres: [...genres], notGenres };
}
