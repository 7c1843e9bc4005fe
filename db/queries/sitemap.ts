// Reads for the sitemap. Chunks are ranges of ids, so each chunk is an index range scan, however large the table;
// the browse indexes, a handful of pages, are one chunk of their own.
import { and, between, eq, isNull, max, sql } from "drizzle-orm";
import { BROWSE_INDEXES } from "@/lib/browse-paths";
import { SITEMAP_CHUNK_SIZE } from "@/lib/sitemap-xml";
import { getDb } from "../client";
import { filmLists, films, people, reviews, users } from "../schema";

export const SITEMAP_KINDS = ["films", "people", "reviews", "users", "lists", "browse"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

const sources = {
  films: {
    table: films,
    id: films.id,
    lastModified: films.updatedAt,
    path: sql<string>`'/films/' || ${films.slug}`,
    visible: undefined,
  },
  people: {
    table: people,
    id: people.id,
    lastModified: people.updatedAt,
    path: sql<string>`'/people/' || ${people.slug}`,
    visible: undefined,
  },
  reviews: {
    table: reviews,
    id: reviews.id,
    lastModified: reviews.updatedAt,
    path: sql<string>`'/reviews/' || ${reviews.id}`,
    visible: eq(reviews.status, "visible"),
  },
  users: {
    table: users,
    id: users.id,
    lastModified: users.updatedAt,
    path: sql<string>`'/users/' || ${users.username}`,
    // A deleted member who kept their reviews has no profile.
    visible: isNull(users.deletedAt),
  },
  // Members' public lists; a private one is no page at all.
  lists: {
    table: filmLists,
    id: filmLists.id,
    lastModified: filmLists.updatedAt,
    path: sql<string>`'/users/' || (select ${users.username} from ${users} where ${users.id} = ${filmLists.userId})
      || '/lists/' || ${filmLists.slug}`,
    visible: eq(filmLists.isPublic, true),
  },
};

/** The indexes count films, so they change when the catalogue does. */
async function catalogueLastModified() {
  const [row] = await getDb()
    .select({ lastModified: max(films.updatedAt) })
    .from(films);
  return row?.lastModified ?? new Date(0);
}

/** How many chunks each kind needs, with the newest change in it (for the index's lastmod). */
export async function listSitemapChunks() {
  const chunks = await Promise.all(
    SITEMAP_KINDS.map(async (kind) => {
      if (kind === "browse") return [{ kind, chunk: 0, lastModified: await catalogueLastModified() }];
      const source = sources[kind];
      const [row] = await getDb()
        .select({ highestId: max(source.id), lastModified: max(source.lastModified) })
        .from(source.table);
      const count = Math.ceil((row?.highestId ?? 0) / SITEMAP_CHUNK_SIZE);
      return Array.from({ length: count }, (_, chunk) => ({
        kind,
        chunk,
        lastModified: row!.lastModified ?? new Date(0),
      }));
    }),
  );
  return chunks.flat();
}

export async function listSitemapEntries(kind: SitemapKind, chunk: number) {
  if (kind === "browse") {
    if (chunk > 0) return [];
    const lastModified = await catalogueLastModified();
    return Object.values(BROWSE_INDEXES).map(({ path }) => ({ path, lastModified }));
  }
  const source = sources[kind];
  const first = chunk * SITEMAP_CHUNK_SIZE + 1;
  return getDb()
    .select({ path: source.path, lastModified: source.lastModified })
    .from(source.table)
    .where(and(between(source.id, first, first + SITEMAP_CHUNK_SIZE - 1), source.visible))
    .orderBy(source.id);
}
