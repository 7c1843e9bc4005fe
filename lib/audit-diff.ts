// A readable diff of two audit snapshots: which fields changed, from what to what.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A row of a list (a credit, a plot) as a reader knows it: its values without the ids behind them. */
function describeRow(row: object): string {
  return Object.entries(row)
    .filter(([key, value]) => !key.endsWith("Id") && value !== null && value !== "")
    .map(([, value]) => String(value))
    .join(" · ");
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    return value
      .map((item) => (item !== null && typeof item === "object" ? describeRow(item) : String(item)))
      .join(value.some((item) => typeof item === "object") ? "; " : ", ");
  }
  return String(value);
}

/**
 * What an entry holds only so that a revert can undo it, not for reading: every row of a deleted or merged film,
 * and what a merge did to the film kept (db/mutations/film-merge.ts).
 */
const KEPT_FOR_REVERTS = new Set(["rows", "merge"]);

/** The fields whose values differ, in the order of `after`'s keys (then any only in `before`). */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(to), ...Object.keys(from)])].filter(
    (field) => !KEPT_FOR_REVERTS.has(field),
  );
  return fields
    .map((field) => ({ field, before: shown(from[field]), after: shown(to[field]) }))
    .filter((change) => change.before !== change.after);
}
