// What curation leaves behind: redirects from renamed slugs and the audit log of admin writes.
import { relations, sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { films, people } from "./catalogue";
import { users } from "./community";

/** An old slug of a film or a person; it answers with a 301 to the current one. */
export const slugRedirects = pgTable(
  "slug_redirects",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    oldSlug: text().notNull(),
    filmId: integer().references(() => films.id, { onDelete: "cascade" }),
    personId: integer().references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("slug_redirects_film_slug_key")
      .on(t.oldSlug)
      .where(sql`${t.filmId} is not null`),
    uniqueIndex("slug_redirects_person_slug_key")
      .on(t.oldSlug)
      .where(sql`${t.personId} is not null`),
    check("slug_redirects_one_target", sql`num_nonnulls(${t.filmId}, ${t.personId}) = 1`),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // Kept when the actor's account is deleted: the change still happened.
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    entityType: text().notNull(),
    entityId: integer().notNull(),
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // In the order the newest-first queries read, "desc" being NULLS FIRST; .desc() alone writes NULLS LAST (0011).
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("audit_log_actor_idx").on(t.actorId, t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("audit_log_at_idx").on(t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const slugRedirectsRelations = relations(slugRedirects, ({ one }) => ({
  film: one(films, { fields: [slugRedirects.filmId], references: [films.id] }),
  person: one(people, { fields: [slugRedirects.personId], references: [people.id] }),
}));

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  actor: one(users, { fields: [auditLog.actorId], references: [users.id] }),
}));
