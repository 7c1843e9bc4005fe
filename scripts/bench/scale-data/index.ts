// The scale database: built once per size on the chosen server and reused by later runs. Its manifest (the size
// and the generator's version) is written as the database's comment only when the build completed, so an
// interrupted build is never mistaken for a finished one.
import postgres from "postgres";
import { dropDatabase, ensureDatabaseExists, type DatabaseServer } from "@/db/postgres-server";
import { migrateDatabase } from "@/db/migrate";
import type { ScaleSize } from "../options";
import { loadCatalogue } from "./catalogue";
import { readDatasets } from "./datasets";
import { selectRealCatalogue } from "./real-catalogue";
import { loadMemberData } from "./members";
import { countStatsDifferingFromRecount, loadReviews } from "./reviews";
import { progress } from "../progress";

/** Bump when the generated data changes, so that databases built by an older generator are rebuilt. */
const GENERATOR_VERSION = 6;

export interface ScaleDatabase {
  name: string;
  url: string;
}

function manifestOf(size: ScaleSize) {
  return JSON.stringify({ generator: GENERATOR_VERSION, ...size });
}

async function readManifest(server: DatabaseServer, name: string) {
  const sql = postgres(server.urlFor("postgres"), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ manifest: string | null }[]>`
      select shobj_description(oid, 'pg_database') as manifest from pg_database where datname = ${name}`;
    return row?.manifest ?? undefined;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function build(url: string, name: string, size: ScaleSize, passwordHash: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const real = selectRealCatalogue(await readDatasets(), size);
    progress(`datasets read: ${real.films.length} real films, ${real.ratings.length} real ratings fit this size`);
    await sql.begin(async (tx) => {
      // The same draws on every build of a size, so two machines benchmark the same data. (Being the connection's
      // first query, it also lets postgres.js learn the array types that later statements pass.)
      await tx`select setseed(0.42)`;
      await loadCatalogue(tx, real, size, passwordHash);
    });
    await sql.begin(async (tx) => {
      await tx`select setseed(0.43)`;
      await loadReviews(tx, real.ratings, size, (loaded) =>
        progress(`reviews: ${loaded.toLocaleString("en")} / ${size.reviews.toLocaleString("en")}`),
      );
    });
    const differing = await countStatsDifferingFromRecount(sql);
    if (differing > 0) throw new Error(`film_rating_stats differs from a recount for ${differing} films.`);
    progress("film_rating_stats equals a recount of the reviews");
    const members = await sql.begin(async (tx) => {
      await tx`select setseed(0.44)`;
      return loadMemberData(tx, size, passwordHash);
    });
    progress(
      `members' data: ${members.follows.toLocaleString("en")} follows, ${members.diaryEntries.toLocaleString("en")} diary entries, ` +
        `${members.lists.toLocaleString("en")} lists of ${members.listItems.toLocaleString("en")} films`,
    );
    // Fresh planner statistics and visibility maps, as a long-running database would have.
    await sql`vacuum (analyze)`;
    await sql.unsafe(`comment on database ${name} is '${manifestOf(size)}'`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Reuses the database of this size when a completed one exists (migrating it), else builds it. */
export async function prepareScaleDatabase(
  server: DatabaseServer,
  size: ScaleSize,
  { isRebuild, passwordHash }: { isRebuild: boolean; passwordHash: () => Promise<string> },
): Promise<ScaleDatabase> {
  const name = `marquee_bench_${size.films}_${size.reviews}`;
  const url = server.urlFor(name);
  if (!isRebuild && (await readManifest(server, name)) === manifestOf(size)) {
    progress(`reusing the scale database ${name} (--rebuild to build it again)`);
    await migrateDatabase(url);
    return { name, url };
  }
  const started = performance.now();
  progress(`building the scale database ${name}`);
  await dropDatabase(server, name);
  await ensureDatabaseExists(server, name);
  await migrateDatabase(url);
  await build(url, name, size, await passwordHash());
  progress(`scale database built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { name, url };
}
