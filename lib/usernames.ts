// Usernames for accounts made by signing in with GitHub or Google, which bring a login or a name, not a username.

const USERNAME_MAX = 30;

/** What a username is: 3 to 30 letters, digits or underscores. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_]{3,30}$/;

/** "Jane Doe-Smith" → "Jane_Doe_Smith": the characters usernames allow, at least 3 of them. */
export function usernameBase(raw: string): string {
  const cleaned = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, USERNAME_MAX);
  return cleaned.length >= 3 ? cleaned : `member_${cleaned}`.replace(/_+$/, "").padEnd(3, "0");
}

/** The n-th alternative when the base is taken: "jane", "jane_2", "jane_3", … always within 30 characters. */
export function usernameCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `_${attempt}`;
  return base.slice(0, USERNAME_MAX - suffix.length) + suffix;
}
