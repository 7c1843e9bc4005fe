// Reads for the admin's list of accounts.
import { and, count, desc, eq, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import { pageCount } from "@/lib/list-params";
import { escapeLike } from "@/lib/validation/fields";
import { getDb } from "../client";
import { users } from "../schema";

const USERS_PAGE_SIZE = 50;

export interface UserListFilter {
  /** Part of a username or email, matched regardless of case; LIKE's wildcards in it are taken literally. */
  query?: string;
  role?: "admin";
  status?: "blocked";
  page: number;
}

function containsPattern(text: string) {
  return `%${escapeLike(text)}%`;
}

/** One page of accounts, newest first, with their rating and review counts, and how many pages the filter has. */
export async function listUsersForAdmin({ query, role, status, page }: UserListFilter) {
  const pattern = query ? containsPattern(query) : undefined;
  const where = and(
    // What is left of a member who deleted their account but kept their reviews is nobody to manage.
    isNull(users.deletedAt),
    pattern ? or(ilike(users.username, pattern), ilike(users.email, pattern)) : undefined,
    role ? eq(users.role, role) : undefined,
    status === "blocked" ? isNotNull(users.blockedAt) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    getDb()
      .select({
        id: users.id,
        username: users.username,
        email: users.email,
        role: users.role,
        blockedAt: users.blockedAt,
        createdAt: users.createdAt,
        // Spelled out: Drizzle writes users.id as a bare "id" here, which inside the subquery would be the review's.
        ratingCount: sql<number>`(select count(*) from reviews where reviews.user_id = users.id)::int`,
        reviewCount: sql<number>`(select count(reviews.body) from reviews where reviews.user_id = users.id)::int`,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    getDb().select({ count: count() }).from(users).where(where),
  ]);
  return { users: rows, pages: pageCount(total?.count ?? 0, USERS_PAGE_SIZE) };
}

export type AdminUserRow = Awaited<ReturnType<typeof listUsersForAdmin>>["users"][number];
