// Reads for the admin pages: the film list, form options and the audit log.
import { and, asc, count, desc, eq, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import { escapeLike } from "@/lib/validation/fields";
import { getDb } from "../client";
import { auditLog, countries, films, genres, reviews, users } from "../schema";

const ADMIN_PAGE_SIZE = 50;

/** Films for the admin list, newest first, optionally those whose title contains `query`. */
export async function listFilmsForAdmin({ query, page }: { query?: string; page: number }) {
  const pattern = query ? `%${escapeLike(query)}%` : undefined;
  return getDb()
    .select({ id: films.id, slug: films.slug, title: films.title, year: films.year, updatedAt: films.updatedAt })
    .from(films)
    .where(pattern ? ilike(films.title, pattern) : undefined)
    .orderBy(desc(films.updatedAt), desc(films.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE);
}

export async function listGenreOptions() {
  return getDb().select({ slug: genres.slug, name: genres.name }).from(genres).orderBy(asc(genres.name));
}

export async function listCountryOptions() {
  return getDb().select({ code: countries.code, name: countries.name }).from(countries).orderBy(asc(countries.name));
}

export interface AuditFilter {
  entityType?: string;
  entityId?: number;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
}

/** Audit entries, newest first, filtered by entity, actor (username) and a date range (inclusive days). */
export async function listAuditEntries({ entityType, entityId, actor, from, to, page }: AuditFilter) {
  const conditions: (SQL | undefined)[] = [
    entityType ? eq(auditLog.entityType, entityType) : undefined,
    entityId ? eq(auditLog.entityId, entityId) : undefined,
    actor ? sql`lower(${users.username}) = lower(${actor})` : undefined,
    from ? gte(auditLog.at, sql`${from}::date`) : undefined,
    to ? lte(auditLog.at, sql`${to}::date + interval '1 day'`) : undefined,
  ];
  return getDb()
    .select({
      id: auditLog.id,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      at: auditLog.at,
      actor: users.username,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE);
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

export async function getAuditEntry(id: number) {
  const [entry] = await getDb().select().from(auditLog).where(eq(auditLog.id, id)).limit(1);
  return entry;
}

/** Reviews and bare ratings of a film, which deleting the film deletes too. */
export async function countFilmRatings(filmId: number) {
  const [row] = await getDb().select({ count: count() }).from(reviews).where(eq(reviews.filmId, filmId));
  return row?.count ?? 0;
}
