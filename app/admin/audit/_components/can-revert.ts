/**
 * Whether an audit entry can be put back to its `before`: any film change that has one, and a person's edits and
 * photo changes (not a merge or delete, whose other half a revert could not restore).
 */
export function canRevert(entry: { entityType: string; action: string; before: unknown }) {
  if (entry.before === null) return false;
  if (entry.entityType === "film") return true;
  return entry.entityType === "person" && ["update", "photo", "revert"].includes(entry.action);
}
