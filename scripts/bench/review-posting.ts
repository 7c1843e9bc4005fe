// Posting reviews as the browser does: members sign in through Auth.js's credentials endpoint, the action id and
// hidden fields come from the review form on the film page, and each post is the request React's form action
// sends with JavaScript on (a multipart body encoded by React's own encodeReply, with the Next-Action header).
import { createRequire } from "node:module";
import type autocannon from "autocannon";
import { appOrigin } from "./app-server";
import { BENCH_PASSWORD } from "./accounts";
import type { FilmRef } from "./fixtures";

// Next's bundled React encodes server action arguments; using it keeps the wire format exactly the browser's.
const { encodeReply } = createRequire(`${process.cwd()}/`)(
  "next/dist/compiled/react-server-dom-turbopack/client.edge",
) as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export interface Member {
  username: string;
  /** The session cookie, "authjs.session-token=…". */
  cookie: string;
  /** A distinct X-Forwarded-For per member: sign-in limits count per address, as they would for real visitors. */
  address: string;
}

export interface ReviewForm {
  actionId: string;
  /** The form's hidden inputs (filmId…), which the browser's FormData carries along. */
  hiddenFields: Record<string, string>;
}

function cookiePairs(response: Response) {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

export async function signIn(username: string, address: string): Promise<Member> {
  const csrf = await fetch(`${appOrigin()}/api/auth/csrf`, { headers: { "x-forwarded-for": address } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${appOrigin()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf).join("; "),
      "x-forwarded-for": address,
    },
    body: new URLSearchParams({ csrfToken, login: username, password: BENCH_PASSWORD, callbackUrl: appOrigin() }),
  });
  const session = cookiePairs(callback).find((pair) => pair.includes("session-token="));
  if (!session)
    throw new Error(
      `Signing in as ${username} failed (status ${callback.status}, ${callback.headers.get("location")}).`,
    );
  return { username, cookie: session, address };
}

/** 10.77.0.1, 10.77.0.2…: one private address per member. */
function addressOf(index: number) {
  return `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

/** Signs the members in a few at a time: each sign-in verifies an argon2id hash, which is meant to be slow. */
export async function signInAll(usernames: string[], concurrency = 4) {
  const members: Member[] = [];
  for (let start = 0; start < usernames.length; start += concurrency) {
    const batch = usernames.slice(start, start + concurrency);
    members.push(...(await Promise.all(batch.map((username, offset) => signIn(username, addressOf(start + offset))))));
  }
  return members;
}

function decodeEntities(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Finds the review form (the form with a filmId field and the review's text) in a film page rendered for a
 * signed-in member: the one-tap rating form beside the rating summary also has a filmId, and saves no text.
 */
export async function findReviewForm(filmSlug: string, member: Member): Promise<ReviewForm> {
  const html = await (await fetch(`${appOrigin()}/films/${filmSlug}`, { headers: { cookie: member.cookie } })).text();
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)]
    .map(([markup]) => markup)
    .find((markup) => markup.includes('name="filmId"') && markup.includes('name="body"'));
  // React renders a server action without JavaScript as $ACTION_ID_<id>, or as $ACTION_<n>:0 with {"id": …} when bound.
  const actionId =
    form && (/\$ACTION_ID_([0-9a-f]+)/.exec(form)?.[1] ?? /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(form)?.[1]);
  if (!form || !actionId)
    throw new Error(`No review form with a server action on /films/${filmSlug} for a signed-in member.`);
  const hiddenFields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const attributes = Object.fromEntries(
      [...input.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decodeEntities(value!)]),
    );
    if (attributes.type === "hidden" && attributes.name && !attributes.name.startsWith("$ACTION")) {
      hiddenFields[attributes.name] = attributes.value ?? "";
    }
  }
  return { actionId, hiddenFields };
}

/** The action's answer says whether the review was saved ({ ok: true, … }, app/_actions/action-state.ts) or why not. */
export function isSavedReply(body: string) {
  return body.includes('"ok":true');
}

/** Sends a post made by reviewPost, one at a time, and fails unless the review was saved. */
export async function sendReviewPost(post: autocannon.Request) {
  const reply = await fetch(`${appOrigin()}${post.path}`, {
    method: "POST",
    headers: post.headers as Record<string, string>,
    body: post.body as string,
  });
  if (!isSavedReply(await reply.text()))
    throw new Error(`A review post to ${post.path} was not saved (status ${reply.status}).`);
}

/** One post of a review, as autocannon sends it: to the film's page, where the browser would be. */
export async function reviewPost(
  form: ReviewForm,
  member: Member,
  film: FilmRef,
  review: { rating: number; body: string },
): Promise<autocannon.Request> {
  const fields = new FormData();
  for (const [name, value] of Object.entries({ ...form.hiddenFields, filmId: String(film.id) }))
    fields.set(name, value);
  fields.set("rating", String(review.rating));
  fields.set("body", review.body);
  // useActionState calls the action with (previous state, form data); a fresh page's state is {}.
  const encoded = new Response(await encodeReply([{}, fields]));
  return {
    method: "POST",
    path: `/films/${film.slug}`,
    headers: {
      accept: "text/x-component",
      "content-type": encoded.headers.get("content-type")!,
      cookie: member.cookie,
      origin: appOrigin(),
      "next-action": form.actionId,
      "x-forwarded-for": member.address,
    },
    body: await encoded.text(),
  };
}
