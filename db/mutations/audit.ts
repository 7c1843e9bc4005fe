// Every admin write leaves a row: who, when, what, and the entity before and after.
import type { Executor } from "../client";
import { auditLog } from "../schema";

export type AuditedEntity = "film" | "person" | "review" | "user";

export interface AuditEntry {
  actorId: number;
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
