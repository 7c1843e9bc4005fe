// Slugs are unique per table: a new or renamed film or person takes the first free one ("escape-2024-2").
import { and, eq, ne } from "drizzle-orm";
import { slugCandidate } from "@/lib/slugs";
import type { Executor } from "../client";
import { films, people } from "../schema";

/** The first free slug from `base` in films or people, the row's own slug (`ownId`) counting as free. */
export async function freeSlug(tx: Executor, table: typeof films | typeof people, base: string, ownId?: number) {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = slugCandidate(base, attempt);
    const [taken] = await tx
      .select({ id: table.id })
      .from(table as typeof films)
      .where(and(eq(table.slug, candidate), ownId ? ne(table.id, ownId) : undefined))
      .limit(1);
    if (!taken) return candidate;
  }
}
