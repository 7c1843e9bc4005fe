// Usernames for accounts made by signing in with GitHub or Google, which bring a login or a name, not a username,
// and for the emptied accounts that keep a deleted member's reviews.

const USERNAME_MAX = 30;

/** What a username is: 3 to 30 letters, digits or underscores. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_]{3,30}$/;

/** Names that would pass for the site's staff in a review or a profile: not for members to take. */
const STAFF_NAMES = new Set(["administrator", "moderator", "support", "root", "marquee", "staff"]);

export function isReservedUsername(username: string) {
  const name = username.toLowerCase();
  return name.startsWith("admin") || name.startsWith(DELETED_MEMBER_PREFIX) || STAFF_NAMES.has(name);
}

/** How the reviews a member kept when deleting their account are credited. */
export const DELETED_MEMBER_NAME = "Deleted member";

const DELETED_MEMBER_PREFIX = "deleted_";

/**
 * The username and email of the emptied account that keeps a deleted member's reviews: unique by its id, kept from
 * sign-ups, and an address no mail can reach (`.invalid` is reserved for that) nor any provider vouch for.
 */
export function deletedMemberIdentity(userId: number) {
  const name = `${DELETED_MEMBER_PREFIX}${userId}`;
  return { username: name, email: `${name}@deleted.invalid` };
}

/** "Jane Doe-Smith" → "Jane_Doe_Smith": the characters usernames allow, at least 3 of them; never a staff name. */
export function usernameBase(raw: string): string {
  const cleaned = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, USERNAME_MAX);
  if (cleaned.length >= 3 && !isReservedUsername(cleaned)) return cleaned;
  return `member_${cleaned}`.replace(/_+$/, "").slice(0, USERNAME_MAX).padEnd(3, "0");
}

/** The n-th alternative when the base is taken: "jane", "jane_2", "jane_3", … always within 30 characters. */
export function usernameCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `_${attempt}`;
  return base.slice(0, USERNAME_MAX - suffix.length) + suffix;
}
