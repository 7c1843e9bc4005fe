// docs/benchmarks.md: how the numbers are made, then the latest run of each scale (a run replaces the section of
// its own scale and keeps the others, so the CI scale and the full scale can be read side by side).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ScaleSize } from "./options";

export const BENCHMARKS_DOC = path.resolve(process.cwd(), "docs/benchmarks.md");

const INTRODUCTION = `# Benchmarks

Written by \`npm run bench\` (scripts/bench/); do not edit by hand: a run replaces the section of its own scale.

How the numbers are made:

- **Data.** A scale database per size (\`marquee_bench_<films>_<reviews>\`, reused until \`--rebuild\`): real films,
  people, credits and plots from Netflix's and Wikipedia's catalogues and real ratings from MovieLens (../shared/datasets),
  the rest generated on the database server with \`generate_series\`. Popularity has a long tail: at 1,000,000 reviews
  the most rated film has about 3,000 of them and a third of the films five or fewer.
- **Members' data.** Drawn from the reviews on the database server: \`bench_follower\` follows 200 active members
  (twenty reviews or more each) and every other member 0 to 7 others, the popular more often; 60 % of the followed
  members' reviews and 10 % of everyone else's are also diary entries, a tenth of them watched again later; lists,
  3 per 50 members, of 10 to 100 films each drawn with the reviews' popularity, a third ranked, half described, a third
  of their films with a note, one in ten private, two of them owned by each followed member. At the default size:
  175,172 follows, 110,343 diary entries, 3,000 lists of 164,853 films.
- **Load.** autocannon, a fixed duration per URL after a warm-up, all requests anonymous except the posts. Pages are
  requested compressed (\`Accept-Encoding: br, gzip\`), as browsers request them, so the app compresses each answer as
  it does for visitors. Latencies are per response. "Rarely visited film" requests a different film nobody has visited on every request, so each one
  renders a page that is in no cache; "Unvisited list" does the same with members' public lists, and "Public list"
  is the longest list (100 films at the default size), requested over and over. Errors are failed connections,
  timeouts (10 s), answers other than 2xx and posts whose answer does not say the review was saved.
- **Workers.** The app runs as \`npm start\` does: one worker per core (\`--workers N\` chooses, as \`WEB_CONCURRENCY\`
  does). After everything else, it is started again with one worker, and the home page, the cached film page and
  unvisited films (others than the first pass's) are loaded again the same way, for the table comparing the two.
- **Ceiling.** The same page's bytes, as the app sent them compressed, served from memory by a bare Node HTTP server
  under the same load, right after the page (a static server sending precompressed files): what this machine can
  serve and measure at once. "Of ceiling" is the page's throughput as a share of it. "Page kB" is the HTML,
  "Sent kB" what went over the wire. (autocannon reads every body into a string: loaded uncompressed, 200 kB pages
  with accented text held the load generator itself to about 500 requests a second, ceiling included.)
- **SQL/request.** The app reaches PostgreSQL through a relay that counts the statements it sends (Execute and simple
  Query messages; BEGIN and COMMIT count); the app is not changed for this. Counted after the load over ten more
  requests of the row's kind, sent one at a time, so a cached page counts 0 and a film nobody visited its full render.
- **Server time.** Search, Discover and the search box's suggestions, one request at a time, a different query each
  (200 of them), so none waits behind another and none is answered from a cache. People's names are searched the
  ways issue #19 names, each query built from a different credited person: a word of two or three letters spelled one
  letter off (\`goo kyo hwan\` for Koo Kyo-hwan), the first word moved last (\`kyo-hwan koo\`), and another name of
  theirs. The generator gives about 3 % of people other names (6,393 of 200,000 at the default size): the other
  romanisation of a Korean or Chinese syllable (Bong Jun-ho for Bong Joon-ho), generated names in their own script,
  and birth names. Each answer is checked for the person among the people the search page lists; generated people
  share 2,250 names, so anyone who goes by the searched name counts as found.
- **Signed-in home.** \`bench_follower\` signs in as the posters do (below) and requests \`/activity\`, the first page of
  what the 200 members they follow rated, reviewed, logged and listed, 500 times one request at a time with the
  session cookie: the page is rendered for each request from the session and never cached, so every request is its
  full render. Each answer is checked for the list of activity (not the sign-in page, not an empty home).
- **Posting.** Bench members sign in through Auth.js's credentials endpoint; each post is the review form's server
  action as the browser sends it with JavaScript (the Next-Action header and a body encoded by React's encodeReply),
  and is an error unless the answer says the review was saved. Its latency includes the action's re-render of the film
  page whose cache it invalidated. Posts carry no Next-Router-State-Tree header (a browser's describes the route it
  shows); with or without it, Next renders the whole route into the answer (46 kB for the most rated film). Posting
  is measured twice: under load, members posting at once as fast as the server answers (the table's row: how many
  posts a second one app server takes), and one post at a time (what a member waits for when others are not
  posting that very second; the target).
- **After invalidation.** A post to the most rated film, then the next anonymous visit of its page, timed; repeated.
- **Reaching other visitors.** Then 50 more members each post a review to the most rated film, one after another,
  while 8 connections read its page and the home page. A stranger (no cookies, a new connection for every request,
  pages asked for compressed) polls both pages every 25 ms, at most four polls of a page at once; a review's time on
  a page runs from its post's answer to the first poll answer showing it (or a later review), so it includes that
  poll's own response time. The next post waits until both pages have shown the review or 30 s have passed (counted
  as not shown). A page whose render began before a post and ended after it can be cached without the review until
  the next write: such a race shows as a rare large maximum, or as a review not shown.
- **JavaScript.** Every chunk the film page's HTML names (scripts, preloads, client components), gzipped, in two
  shares: the framework's, which every page loads (the build manifest's root main files: React, React DOM, Next's
  router, Turbopack's runtime; and the chunks that only Next's own client components need, by the route's client
  reference manifest: the App Router's layout router and error boundaries), and the page's own (Marquee's client
  components, with the parts of Next they import such as its link and image components). Next's polyfills are left
  out: their script is \`nomodule\`, which no browser that runs JavaScript modules downloads (runs before 2026-12-05
  counted them, 39 kB). Runs before 2026-12-06 counted the App Router's components, 3.6 kB, as the page's own.
- **First renders, profiled.** Last, the app runs again with one worker under V8's sampling profiler (\`--cpu-prof\`)
  and is sent pages nobody visited, one at a time: films almost nobody rated, the people with the longest
  filmographies whose pages were not prerendered at build, and people with one credit (a page that is little more
  than the layout). Each kind's profile is cut to its window (after 15 renders to warm up) and written to
  bench-output/profiles/ to open as a flame graph; its busy time per render is "CPU", shared out by where each
  sample was (Next's compiled server, React, Node's own modules, garbage collection, Marquee's chunks and the
  libraries bundled into them). The profiler slows the server a little: the answer times beside it run higher than
  without. \`npm run bench -- --profile\` makes only this pass, and prints it.
- **IMDb import** (\`npm run bench -- --imports [--imports-scale=<fraction>]\`, not part of the default run). IMDb's
  five non-commercial files generated at their real size and shape (scripts/bench/imdb-scale/shape.ts: 11 million
  titles of which about 700,000 films, about 50 million akas, 90 million principals, 14 million people; gzipped TSV,
  \`\\N\` for null; seeded, so every run imports the same rows), then the real command, \`tsx scripts/import.ts
  --format imdb <dir>\`, run on them as a child process into an empty scratch database. Phase times are the import's
  own progress lines; memory is the kernel's high-water mark (VmHWM) of each of the command's processes, sampled
  from /proc: the importing node process, and tsx's small launcher listed apart. PostgreSQL's memory is not counted.

On a two-core machine the app, PostgreSQL and the load generator share the cores, and on the development machine
other people's builds and tests share them too (see each run's load average): numbers move by tens of percent between
runs. Compare runs made on the same machine, and read the targets as direction, not as pass or fail.
`;

function markerOf(size: ScaleSize) {
  return `<!-- bench:${size.films}/${size.people}/${size.users}/${size.reviews} -->`;
}

/** The IMDb import's sections, one per scale of the generated files: `<!-- bench:imdb-import/0.05 -->`. */
function importMarkerOf(scale: number) {
  return `<!-- bench:imdb-import/${scale} -->`;
}

const END_MARKER = "<!-- /bench -->";

/** The sections of earlier runs, keyed by their marker, from the current document. */
async function existingSections() {
  const text = await readFile(BENCHMARKS_DOC, "utf8").catch(() => "");
  const sections = new Map<string, string>();
  for (const [section, marker] of text.matchAll(/(<!-- bench:[\w./-]+ -->)[\s\S]*?<!-- \/bench -->/g))
    sections.set(marker!, section);
  return sections;
}

/** The page-load sections by size (their last number, the reviews), largest first, then the imports by scale. */
function compareSections(a: string, b: string) {
  const isImport = (marker: string) => Number(marker.includes("imdb-import"));
  const size = (marker: string) =>
    Number(
      marker
        .split("/")
        .at(-1)!
        .replace(/[^\d.]/g, ""),
    );
  return isImport(a) - isImport(b) || size(b) - size(a);
}

async function writeSection(marker: string, section: string) {
  const sections = await existingSections();
  sections.set(marker, `${marker}\n${section}\n${END_MARKER}`);
  const ordered = [...sections].sort(([a], [b]) => compareSections(a, b)).map(([, text]) => text);
  await mkdir(path.dirname(BENCHMARKS_DOC), { recursive: true });
  await writeFile(BENCHMARKS_DOC, `${INTRODUCTION}\n${ordered.join("\n\n")}\n`);
}

export async function writeBenchmarksDoc(size: ScaleSize, section: string) {
  await writeSection(markerOf(size), section);
}

export async function writeImportBenchmark(scale: number, section: string) {
  await writeSection(importMarkerOf(scale), section);
}
