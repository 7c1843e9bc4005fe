// Every admin write leaves a row: who, when, what, and the entity before and after.
import { eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { auditLog } from "../schema";

export type AuditedEntity = "film" | "person" | "review" | "user" | "import";

export interface AuditEntry {
  /** Null for a change made outside the app (an import from the command line). */
  actorId: number | null;
  entityType: AuditedEntity;
  entityId: number;
  action: string;
  before: unknown;
  after: unknown;
}

/** Written in the transaction of the change itself, so a change without its audit row cannot happen. */
export async function recordAudit(tx: Executor, entry: AuditEntry) {
  await tx.insert(auditLog).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

/**
 * An import run, completed or stopped, as entry "import #n": it has no account behind it, so `after` names who ran it
 * with the files and counts. Numbered under a lock, so two imports ending at once take two numbers.
 */
export async function recordImportRun(db: Database, after: Record<string, unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('audit_log import numbers'))`);
    const [latest] = await tx
      .select({ number: sql<number>`coalesce(max(${auditLog.entityId}), 0)::int` })
      .from(auditLog)
      .where(eq(auditLog.entityType, "import"));
    const entityId = (latest?.number ?? 0) + 1;
    await recordAudit(tx, { actorId: null, entityType: "import", entityId, action: "import", before: null, after });
  });
}
