// Members by username for the API, with their pages' rule: a username no member has (a deleted member's included) is
// a 404 problem, and one in a format no username has never reaches the database.
import { loadUserPage } from "@/app/_data/reviews";
import { usernameSchema } from "@/lib/api/params";
import { problemResponse } from "@/lib/api/responses";

type Profile = NonNullable<Awaited<ReturnType<typeof loadUserPage>>>;

export function memberNotFound(username: string) {
  return problemResponse("not-found", `There is no member with the username “${username}”.`);
}

/** The member's profile as their page reads it (the same cache entry), or the 404 to answer instead. */
export async function findMember(
  username: string,
): Promise<{ found: Profile; answer?: never } | { found?: never; answer: Response }> {
  const profile = usernameSchema.safeParse(username).success ? await loadUserPage(username) : undefined;
  return profile ? { found: profile } : { answer: memberNotFound(username) };
}
