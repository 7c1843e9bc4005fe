// The addresses of members' lists.

/** A member's list: /users/{username}/lists/{slug}. */
export function listPath(username: string, slug: string) {
  return `/users/${username}/lists/${slug}`;
}

/** A member's public lists. */
export function listsOfUserPath(username: string) {
  return `/users/${username}/lists`;
}

/** The public lists that hold a film; pages past the first at …/lists/{page}. */
export function listsWithFilmPath(filmSlug: string, page = 1) {
  return `/films/${filmSlug}/lists${page > 1 ? `/${page}` : ""}`;
}
