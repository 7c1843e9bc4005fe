// Members in the public API: a profile, a watchlist and lists answer what their pages show, checked against the
// OpenAPI document; what is private (a watchlist, a list) or gone (a deleted account) is a 404 problem like its page;
// and a member's write shows in the API to a different client at once.
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { API, expectDocumented, expectRateLimitHeaders, type Page, type Problem } from "./support/api";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { expectStrangerSees } from "./support/stranger";

interface Member {
  username: string;
  counts: { ratings: number; reviews: number; watchlist: number | null };
  links: { html: string; watchlist: string | null; lists: string };
}

interface FilmList {
  title: string;
  filmCount: number;
  items: { position: number | null; film: { slug: string; title: string; year: number }; note: string | null }[];
}

// The answer to a click, then the member's state fetched again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** A link in an answer, on the server under test: links are absolute on the site's own address, SITE_URL. */
function onServer(link: string) {
  const { pathname, search } = new URL(link);
  return `${pathname}${search}`;
}

/** Runs `work` on the e2e database: for what a member's own settings would change, set up before any request. */
async function inDatabase(work: (sql: postgres.Sql) => Promise<unknown>) {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await work(sql);
  } finally {
    await sql.end();
  }
}

test("a member's profile, watchlist and lists answer what their pages show", async ({ request, page }) => {
  const member = await expectDocumented<Member>(
    request,
    await request.get(`${API}/users/cinephile_anna`),
    "/users/{username}",
  );
  expect(member).toMatchObject({ username: "cinephile_anna", counts: { watchlist: expect.any(Number) } });
  await page.goto("/users/cinephile_anna");
  await expect(
    page.getByText(new RegExp(`^${member.counts.ratings} ratings? · ${member.counts.reviews} reviews? ·`)),
  ).toBeVisible();
  // Usernames are found in any case, as on the website; the answer names the member as they spell themselves.
  const shouted = await request.get(`${API}/users/CINEPHILE_ANNA`);
  expect((await expectDocumented<Member>(request, shouted, "/users/{username}")).username).toBe("cinephile_anna");

  const watchlist = await expectDocumented<Page<unknown> & { sort: string }>(
    request,
    await request.get(onServer(member.links.watchlist!)),
    "/users/{username}/watchlist",
  );
  expect(watchlist).toMatchObject({ page: 1, total: member.counts.watchlist, sort: "date" });

  const lists = await expectDocumented<{ items: { slug: string; filmCount: number; links: { self: string } }[] }>(
    request,
    await request.get(onServer(member.links.lists)),
    "/users/{username}/lists",
  );
  const silent = lists.items.find((list) => list.slug === "silent-essentials");
  expect(silent?.filmCount).toBe(3);

  const list = await expectDocumented<FilmList>(
    request,
    await request.get(onServer(silent!.links.self)),
    "/users/{username}/lists/{slug}",
  );
  expect(list.items.map((item) => [item.position, item.film.slug])).toEqual([
    [1, "battleship-potemkin-1925"],
    [2, "man-with-a-movie-camera-1929"],
    [3, "m-1931"],
  ]);
  expect(list.items[0]?.note).toMatch(/Odessa Steps/);
  // The list's page, in the same order.
  await page.goto("/users/cinephile_anna/lists/silent-essentials");
  const onPage = page.getByRole("list", { name: "Films on the list" }).getByRole("listitem");
  await expect(onPage).toHaveText(list.items.map(({ film }) => new RegExp(`${film.title} \\(${film.year}\\)`)));
});

test("a private watchlist, a private list, a deleted member and an unknown one are 404 problems", async ({
  request,
}) => {
  const [secretive, gone] = [await createMember("api_secretive"), await createMember("api_gone")];
  await inDatabase(async (sql) => {
    await sql`update users set watchlist_is_public = false where username = ${secretive}`;
    await sql`insert into film_lists (user_id, slug, title, is_public)
      select id, 'my-secrets', 'My secrets', false from users where username = ${secretive}`;
    await sql`update users set deleted_at = now() where username = ${gone}`;
  });

  // The member is there, without a watchlist link or count, and with no list to show.
  const member = await expectDocumented<Member>(
    request,
    await request.get(`${API}/users/${secretive}`),
    "/users/{username}",
  );
  expect(member.counts.watchlist).toBeNull();
  expect(member.links.watchlist).toBeNull();
  const lists = await expectDocumented<{ items: unknown[] }>(
    request,
    await request.get(onServer(member.links.lists)),
    "/users/{username}/lists",
  );
  expect(lists.items).toEqual([]);

  for (const [url, path] of [
    [`${API}/users/${secretive}/watchlist`, "/users/{username}/watchlist"],
    [`${API}/users/${secretive}/lists/my-secrets`, "/users/{username}/lists/{slug}"],
    [`${API}/users/${gone}`, "/users/{username}"],
    [`${API}/users/${gone}/lists`, "/users/{username}/lists"],
    [`${API}/users/no_such_member`, "/users/{username}"],
    [`${API}/users/no_such_member/watchlist`, "/users/{username}/watchlist"],
    [`${API}/users/%27%3B--/lists`, "/users/{username}/lists"],
    [`${API}/users/cinephile_anna/lists/no-such-list`, "/users/{username}/lists/{slug}"],
    [`${API}/users/cinephile_anna/lists/%25%27`, "/users/{username}/lists/{slug}"],
  ] as const) {
    const response = await request.get(url);
    const problem = await expectDocumented<Problem>(request, response, path, 404);
    expect(problem, url).toMatchObject({ status: 404, title: "Not found" });
    expect(response.headers()["cache-control"]).toBe("no-store");
    expectRateLimitHeaders(response);
  }
  // Their pages agree.
  for (const path of [`/users/${secretive}/watchlist`, `/users/${secretive}/lists/my-secrets`, `/users/${gone}`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("refuses a watchlist order the page does not have with a 400 problem", async ({ request }) => {
  const response = await request.get(`${API}/users/cinephile_anna/watchlist?sort=title&page=0`);
  const problem = await expectDocumented<Problem>(request, response, "/users/{username}/watchlist", 400);
  expect(problem.errors?.map((error) => error.parameter).sort()).toEqual(["page", "sort"]);
});

test("a member adds a film to their watchlist and a different client sees it in the API at once", async ({
  page,
  baseURL,
}) => {
  const username = await createMember("api_watcher");
  const watchlist = `${baseURL}${API}/users/${username}/watchlist`;
  const profile = `${baseURL}${API}/users/${username}`;
  // Read first, so the answer after the write cannot come from an empty cache.
  await expectStrangerSees(watchlist, ({ body }) => body.includes('"total":0'), "the empty watchlist", Date.now());
  await expectStrangerSees(profile, ({ body }) => body.includes('"watchlist":0'), "no films counted", Date.now());

  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto("/films/rashomon-1950");
  await page.getByRole("button", { name: "Add to watchlist" }).click();
  await expect(page.getByText("On your watchlist")).toBeVisible(ANSWERED);

  // Both at once: each must show the write within a second of it, not within what the other one left of it.
  const since = Date.now();
  await Promise.all([
    expectStrangerSees(
      watchlist,
      ({ status, body }) => status === 200 && body.includes('"slug":"rashomon-1950"') && body.includes('"total":1'),
      "the film on the watchlist in the API",
      since,
    ),
    expectStrangerSees(
      profile,
      ({ status, body }) => status === 200 && body.includes('"watchlist":1'),
      "the watchlist's count in the API",
      since,
    ),
  ]);
});

test("the /api page documents the member endpoints, and each example answers on the demo catalogue", async ({
  page,
  request,
}) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { name: /A member: GET \/api\/v1\/users\/\{username\}$/ })).toBeVisible();
  const examples = await page
    .getByRole("link", { name: /^GET \/api\/v1\/users\// })
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(examples).toHaveLength(4);
  for (const example of examples) expect((await request.get(example)).status(), example).toBe(200);
});
