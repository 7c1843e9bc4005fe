const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/**
 * Whether an audit entry can be put back to its `before`: any film change that has one — a deletion or a merge when
 * the entry kept the film's rows (entries from before they were kept did not), a merge from the merged film's entry,
 * which holds what moved — and a person's edits and photo changes (not a merge or delete, whose other half a revert
 * could not restore).
 */
export function canRevert(entry: { entityType: string; action: string; before: unknown; after: unknown }) {
  if (entry.before === null) return false;
  if (entry.entityType === "film") {
    if (entry.action === "delete") return isObject(entry.before) && "rows" in entry.before;
    if (entry.action === "merge") return isObject(entry.after) && "merge" in entry.after;
    return true;
  }
  return entry.entityType === "person" && ["update", "photo", "revert"].includes(entry.action);
}
