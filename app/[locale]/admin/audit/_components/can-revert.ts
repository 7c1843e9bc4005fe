const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/**
 * Whether an audit entry can be put back to its `before`: any change to a film, and a person's edits and photo
 * changes; a deletion or a merge of either when the entry kept the rows (entries from before they were kept did not),
 * a merge from the merged one's entry, which holds what moved.
 */
export function canRevert(entry: { entityType: string; action: string; before: unknown; after: unknown }) {
  if (entry.before === null || (entry.entityType !== "film" && entry.entityType !== "person")) return false;
  if (entry.action === "delete") return isObject(entry.before) && "rows" in entry.before;
  if (entry.action === "merge") return isObject(entry.after) && "merge" in entry.after;
  return entry.entityType === "film" || ["update", "photo", "revert"].includes(entry.action);
}
