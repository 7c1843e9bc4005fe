import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { seedDemoCatalogue } from "@/db/seed";
import { tableSnapshot } from "../support/table-snapshot";
import { createScratchDatabase } from "../support/scratch-database";

describe("the demo catalogue seed", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: ReturnType<typeof createDatabase>;

  beforeAll(async () => {
    scratch = await createScratchDatabase("seed");
    database = createDatabase(scratch.url, { maxConnections: 2 });
  });

  afterAll(async () => {
    await database.sql.end();
    await scratch.drop();
  });

  it("loads at least 40 films with their people, and changes nothing when run twice", async () => {
    await seedDemoCatalogue(database.db);
    const first = await tableSnapshot(database.sql);
    expect((first.films as { rows: number }).rows).toBeGreaterThanOrEqual(40);
    expect((first.reviews as { rows: number }).rows).toBeGreaterThan(0);

    await seedDemoCatalogue(database.db);
    expect(await tableSnapshot(database.sql)).toEqual(first);
  });

  it("leaves film_rating_stats equal to a recount of visible reviews", async () => {
    const mismatches = await database.sql`
      with recount as (
        select film_id, count(*)::int as rating_count, sum(rating)::int as rating_sum,
               count(body)::int as review_count
        from reviews where status = 'visible' group by film_id
      )
      select r.film_id from recount r
      left join film_rating_stats s using (film_id)
      where s.rating_count is distinct from r.rating_count
         or s.rating_sum is distinct from r.rating_sum
         or s.review_count is distinct from r.review_count`;
    expect(mismatches).toHaveLength(0);
  });
});
