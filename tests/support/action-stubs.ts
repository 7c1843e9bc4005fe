// The session and Next's request-bound APIs, stubbed once for the integration tests that run server actions (and
// routes) for real against the database, outside a request. A test file mocks each module it needs with a part of
// this one and imports the same module to sign in and read the spies; both get one instance, so they share state:
//   vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
//   import { signedInAs, updateTag } from "../support/action-stubs";
// vitest gives each test file its own modules, so every file starts signed out, with fresh spies.
import { vi } from "vitest";

/** As much of an account as the actions read; a test may sign in a whole row. */
interface SignedInAccount {
  id: number;
  username: string;
}

let signedIn: SignedInAccount | undefined;

/** Signs `account` in for the calls that follow, or no one (undefined); answers it, to sign in what is made. */
export function signedInAs<Account extends SignedInAccount | undefined>(account: Account): Account {
  signedIn = account;
  return account;
}

/** Thrown by the `redirect` stub, as Next's is; its message, `redirect <url>`, is what the tests compare. */
class Redirect extends Error {
  constructor(url: string) {
    super(`redirect ${url}`);
  }
}

/** `next/navigation`: a redirect ends the action by throwing, and passes through its catch, as in the app. */
export const navigation = {
  redirect(url: string): never {
    throw new Redirect(url);
  },
  unstable_rethrow(error: unknown) {
    if (error instanceof Redirect) throw error;
  },
};

/** Auth.js's sign-in, which redirects where it is told once it succeeds; its calls are the logins tried. */
export const signIn = vi.fn(async (_provider: string, options: { redirectTo: string }) =>
  navigation.redirect(options.redirectTo),
);

/**
 * `@/auth`: whoever is signed in is the member and the admin alike. These tests sign an admin in for the admin
 * actions they call, and a member for the rest; who each action refuses is the authorisation matrix's concern
 * (server-actions.test.ts). Every request comes from one address.
 */
export const auth = {
  findSignedInUser: async () => signedIn,
  findSignedInAdmin: async () => signedIn,
  clientAddress: () => "192.0.2.1",
  signIn,
};

/** The spy behind `next/cache`'s updateTag, for the tests of what a write invalidates. */
export const updateTag = vi.fn<(tag: string) => void>();

/** `next/cache`. */
export const cache = { updateTag, refresh: vi.fn() };

/**
 * `next/headers`: every post comes from the page's script (a `Next-Action` header), so the actions answer with their
 * state rather than with the redirect a post without JavaScript gets.
 */
export const postedByScript = { headers: async () => new Headers({ "next-action": "action-stubs" }) };
