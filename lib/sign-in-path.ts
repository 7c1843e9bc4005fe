// Links to the account forms that bring the member back afterwards: the form reads `returnTo` and, once signed in
// (or up), goes there (lib/validation/return-path.ts checks it stays on this site).

/** The sign-in page's path that comes back to `back` once signed in; the plain page when there is nowhere to return. */
export function signInPath(back?: string) {
  return withReturnPath("/sign-in", back);
}

/** The sign-up page's path that comes back to `back` once the account is made. */
export function signUpPath(back?: string) {
  return withReturnPath("/sign-up", back);
}

function withReturnPath(form: string, back: string | undefined) {
  return back ? `${form}?returnTo=${encodeURIComponent(back)}` : form;
}
