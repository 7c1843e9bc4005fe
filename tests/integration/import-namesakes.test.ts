// Two sources naming a person are describing one person only if something besides the name links them: here, a
// credit on the same film. Wikipedia's "John Smith" and Netflix's, both in Harbour Lights' cast, are one person;
// Netflix's "Mina Park", who shares no film with Wikipedia's, is a namesake kept apart, with a slug of her own.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openScratchCatalogue } from "../fixtures/import/scratch-catalogue";

let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
let directory: string;
let netflixFile: string;

const wikipediaFilms = [
  { title: "Harbour Lights", year: 1990, cast: ["John Smith", "Ann Lee"], genres: ["Drama"] },
  { title: "Blue Ridge", year: 1991, cast: ["John Smith", "Mina Park"], genres: ["Drama"] },
];
const netflixRows = [
  "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description",
  's1,Movie,Harbour Lights,,"John Smith, Ann Lee",,,1990,PG,90 min,Dramas,A harbour.',
  "s2,Movie,Other Shore,,John Smith,,,2001,PG,95 min,Dramas,A shore.",
  "s3,Movie,Third Film,,Mina Park,,,2005,PG,100 min,Dramas,A third.",
];

beforeAll(async () => {
  catalogue = await openScratchCatalogue("import_namesakes");
  directory = await mkdtemp(path.join(os.tmpdir(), "marquee-namesakes-"));
  const wikipediaFile = path.join(directory, "movies-1990s.json");
  netflixFile = path.join(directory, "netflix_titles.csv");
  await writeFile(wikipediaFile, JSON.stringify(wikipediaFilms));
  await writeFile(netflixFile, `${netflixRows.join("\n")}\n`);
  await catalogue.importFiles("wikipedia", [wikipediaFile]);
  await catalogue.importFiles("netflix", [netflixFile]);
});

afterAll(async () => {
  await catalogue.close();
  await rm(directory, { recursive: true, force: true });
});

const filmographies = () => catalogue.sql`
  select p.slug, array_agg(f.title order by f.year) as films,
         array(select e.source || ' ' || e.external_id from external_ids e where e.person_id = p.id order by 1) as ids
  from people p join credits c on c.person_id = p.id join films f on f.id = c.film_id
  group by p.id order by p.slug`;

it("makes one person of namesakes credited on the same film, and keeps the others apart", async () => {
  expect(await filmographies()).toEqual([
    { slug: "ann-lee", films: ["Harbour Lights"], ids: ["netflix name:ann lee", "wikipedia name:ann lee"] },
    {
      slug: "john-smith",
      films: ["Harbour Lights", "Blue Ridge", "Other Shore"],
      ids: ["netflix name:john smith", "wikipedia name:john smith"],
    },
    { slug: "mina-park", films: ["Blue Ridge"], ids: ["wikipedia name:mina park"] },
    { slug: "mina-park-2", films: ["Third Film"], ids: ["netflix name:mina park"] },
  ]);
});

it("changes nothing when the second source is imported again", async () => {
  const before = await catalogue.snapshot();
  const run = await catalogue.importFiles("netflix", [netflixFile]);
  expect(run.counts.people).toEqual({ matched: 3 });
  expect(await catalogue.snapshot()).toEqual(before);
});

it("redirects the address of a namesake merged into the person it is", async () => {
  const redirects = await catalogue.sql`
    select r.old_slug, p.slug from slug_redirects r join people p on p.id = r.person_id order by r.old_slug`;
  expect(redirects).toEqual([
    { old_slug: "ann-lee-2", slug: "ann-lee" },
    { old_slug: "john-smith-2", slug: "john-smith" },
  ]);
});

it("records which source gave each credit", async () => {
  const credits = await catalogue.sql`
    select f.title, p.slug, c.source from credits c join films f on f.id = c.film_id join people p on p.id = c.person_id
    order by f.title, p.slug`;
  expect(credits).toEqual([
    { title: "Blue Ridge", slug: "john-smith", source: "wikipedia" },
    { title: "Blue Ridge", slug: "mina-park", source: "wikipedia" },
    { title: "Harbour Lights", slug: "ann-lee", source: "wikipedia" },
    { title: "Harbour Lights", slug: "john-smith", source: "wikipedia" },
    { title: "Other Shore", slug: "john-smith", source: "netflix" },
    { title: "Third Film", slug: "mina-park-2", source: "netflix" },
  ]);
});
