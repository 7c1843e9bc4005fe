// The members' side of the bench's scale data (scripts/bench/scale-data/members.ts), built at a tiny size on the test
// server: the member whose /activity the bench times follows 200 members who rated, logged and listed; lists are
// numbered without gaps; and a scale database built before the members' data existed is rebuilt, not reused.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDatabase } from "@/db/postgres-server";
import { FOLLOWER_USERNAME } from "@/scripts/bench/accounts";
import { FOLLOWED_MEMBERS } from "@/scripts/bench/scale-data/members";
import { prepareScaleDatabase } from "@/scripts/bench/scale-data";
import { testServer } from "../support/scratch-database";

// An odd size, so that the database's name (marquee_bench_<films>_<reviews>) is no one else's.
const SIZE = { films: 401, people: 800, users: 2_000, reviews: 20_001 };
const NAME = `marquee_bench_${SIZE.films}_${SIZE.reviews}`;
const server = testServer();
const prepare = () => prepareScaleDatabase(server, SIZE, { isRebuild: false, passwordHash: async () => "not-a-hash" });
let sql: postgres.Sql;

beforeAll(async () => {
  await dropDatabase(server, NAME);
  sql = postgres((await prepare()).url, { max: 1, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
  await sql?.end({ timeout: 5 });
  await dropDatabase(server, NAME);
});

async function followerId() {
  const [follower] = await sql<{ id: number }[]>`select id from users where username = ${FOLLOWER_USERNAME}`;
  return follower?.id;
}

describe("the bench's members' data", () => {
  it("has the bench follower follow 200 members who each rated films", async () => {
    const [row] = await sql<{ followed: number; withReviews: number }[]>`
      select count(*)::int as followed,
             count(*) filter (where exists (select 1 from reviews r where r.user_id = f.followee_id))::int as "withReviews"
      from follows f where f.follower_id = ${(await followerId())!}`;
    expect(row).toEqual({ followed: FOLLOWED_MEMBERS, withReviews: FOLLOWED_MEMBERS });
  });

  it("gives the followed members ratings, viewings, rewatches and public list additions to show", async () => {
    const [row] = await sql<Record<string, number>[]>`
      with followed as (select followee_id as id from follows where follower_id = ${(await followerId())!})
      select (select count(*)::int from reviews where user_id in (select id from followed)) as ratings,
             (select count(*)::int from diary_entries where user_id in (select id from followed)) as viewings,
             (select count(*)::int from diary_entries where rewatch and user_id in (select id from followed)) as rewatches,
             (select count(*)::int from film_list_items i join film_lists l on l.id = i.list_id
              where l.is_public and l.user_id in (select id from followed)) as "listed",
             (select count(*)::int from follows where follower_id <> (select id from users where username = ${FOLLOWER_USERNAME})) as "otherFollows"`;
    for (const count of Object.values(row!)) expect(count).toBeGreaterThan(0);
  });

  it("makes lists numbered 1…n without gaps, some ranked, some private, some with notes", async () => {
    const lists = await sql<
      { ranked: boolean; isPublic: boolean; films: number; lastPosition: number; notes: number }[]
    >`
      select l.ranked, l.is_public as "isPublic", count(*)::int as films, max(i.position)::int as "lastPosition",
             count(i.note)::int as notes
      from film_lists l join film_list_items i on i.list_id = l.id group by l.id`;
    expect(lists.length).toBeGreaterThanOrEqual(20);
    for (const list of lists) {
      expect(list.lastPosition).toBe(list.films);
      expect(list.films).toBeLessThanOrEqual(100);
    }
    expect(lists.some((list) => list.ranked)).toBe(true);
    expect(lists.some((list) => !list.isPublic)).toBe(true);
    expect(lists.some((list) => list.notes > 0)).toBe(true);
  });

  it("rebuilds a scale database whose manifest is from before the members' data", async () => {
    await sql`delete from users where username = ${FOLLOWER_USERNAME}`;
    await sql.unsafe(`comment on database ${NAME} is '${JSON.stringify({ generator: 5, ...SIZE })}'`);
    await sql.end({ timeout: 5 });
    sql = postgres((await prepare()).url, { max: 1, onnotice: () => {} });
    expect(await followerId()).toBeDefined();
  }, 120_000);
});
