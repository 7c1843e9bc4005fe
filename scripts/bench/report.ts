// The run's results as Markdown: the table per URL, the targets with ✓/✗ next to the figures, and the machine.
import type { ActivityMeasurement } from "./activity";
import type { ScaleSize } from "./options";
import type { LoadResult } from "./load";
import type { PageMeasurement } from "./page-loads";
import type { PageCacheOnDisk } from "./page-cache-disk";
import type { JavaScriptShare, PageJavaScript } from "./page-javascript";
import type { InvalidationMeasurement, PostingMeasurement } from "./posting";
import { PROFILE_DIR, WARM_UP_RENDERS, type RenderProfile } from "./render-profile";
import type { ServerTimeMeasurement } from "./server-time";
import type { PageStaleness, StalenessMeasurement } from "./staleness";

export type PageId =
  | "home"
  | "film"
  | "film-cs"
  | "rare-film"
  | "person"
  | "charts"
  | "charts-cs"
  | "genre"
  | "list"
  | "rare-list"
  | "search"
  | "discover";

export interface Environment {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  /** The machine's 1-minute load average when the run began, before the bench added its own. */
  loadAverageAtStart: number;
  node: string;
  postgres: string;
  databaseServer: string;
}

export interface BenchResults {
  size: ScaleSize;
  connections: number;
  postConnections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The app's workers (WEB_CONCURRENCY) for everything measured, except `withOneWorker`. */
  workers: number;
  pages: (PageMeasurement & { id: PageId })[];
  /** Some of `pages` loaded again by the app with one worker, when the run had several. */
  withOneWorker?: { id: PageId; load: LoadResult }[];
  posting: PostingMeasurement;
  invalidation: InvalidationMeasurement;
  staleness: StalenessMeasurement;
  /** Search, Discover, then the search box's suggestions. */
  serverTimes: ServerTimeMeasurement[];
  /** Searches for people's names (name-search.ts), each series checked for the person. */
  nameSearchTimes: ServerTimeMeasurement[];
  /** The signed-in home of the member following 200 members, one request at a time. */
  activity: ActivityMeasurement;
  filmJavaScript: PageJavaScript;
  pageCacheOnDisk: PageCacheOnDisk;
  /** The first render of pages nobody visited, under the profiler: film, person, person with one credit. */
  renderProfiles: RenderProfile[];
  environment: Environment;
}

/** The targets are stated for this scale and these connections; elsewhere they are shown for orientation only. */
const TARGET_CONNECTIONS = 50;

const count = (value: number) => Math.round(value).toLocaleString("en");
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const perRequest = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(1);

export function sizeTitle(size: ScaleSize) {
  return `${count(size.films)} films · ${count(size.people)} people · ${count(size.users)} members · ${count(size.reviews)} reviews`;
}

function pageRow(page: PageMeasurement) {
  const label = `${page.label} \`${page.path}\``;
  if (!page.load) return `| ${label} | not available | | | | | | | | | |`;
  const { load, ceiling } = page;
  const share = ceiling ? `${((100 * load.requestsPerSecond) / ceiling.requestsPerSecond).toFixed(0)} %` : "–";
  const kilobytes = (bytes: number | undefined) => (bytes === undefined ? "–" : (bytes / 1000).toFixed(0));
  return `| ${label} | ${count(load.requestsPerSecond)} | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${load.errors} | ${perRequest(page.statementsPerRequest)} | ${kilobytes(page.bytes)} | ${kilobytes(page.sentBytes)} | ${ceiling ? count(ceiling.requestsPerSecond) : "–"} | ${share} |`;
}

/** Each page loaded with one worker and with the run's, side by side. */
function workerComparison(results: BenchResults) {
  if (!results.withOneWorker) return [];
  const n = results.workers;
  const rows = results.withOneWorker.map(({ id, load: single }) => {
    const page = results.pages.find((candidate) => candidate.id === id)!;
    const several = page.load!;
    const gain = `${(several.requestsPerSecond / single.requestsPerSecond).toFixed(2)}×`;
    return `| ${page.label} \`${page.path}\` | ${count(single.requestsPerSecond)} | ${ms(single.p95)} | ${count(several.requestsPerSecond)} | ${ms(several.p95)} | ${gain} |`;
  });
  return [
    `With one worker and with ${n} (\`WEB_CONCURRENCY\`), the same load (an unvisited page is another one each pass):`,
    "",
    `| URL | 1 worker req/s | 1 worker p95 ms | ${n} workers req/s | ${n} workers p95 ms | Gain |`,
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
  ];
}

function stalenessSentence({
  samples,
  plannedSamples,
  giveUpSeconds,
  readConnections,
  reads,
  pages,
}: StalenessMeasurement) {
  const perPage = ({ label, staleness, givenUp }: PageStaleness) =>
    `${label.toLowerCase()} p50 ${ms(staleness.p50)} ms, p95 ${ms(staleness.p95)} ms, max ${ms(staleness.max)} ms, ${givenUp} not shown within ${giveUpSeconds} s`;
  const polls = pages.reduce((sum, page) => sum + page.polls, 0);
  const failedPolls = pages.reduce((sum, page) => sum + page.failedPolls, 0);
  const cutShort = samples < plannedSamples ? ` (${plannedSamples} planned; the probe's time ran out)` : "";
  return (
    `A review reaching other visitors under load: ${samples} posts to the most rated film${cutShort}, one after another, while ` +
    `${readConnections} connections read its page and the home page (${count(reads.requestsPerSecond)} requests/s, p95 ${ms(reads.p95)} ms, ` +
    `${reads.errors} errors). From each post's answer to the first answer that showed the review to a stranger: ` +
    `${pages.map(perPage).join("; ")}; ${failedPolls} of ${count(polls)} polls failed.`
  );
}

function serverTimeLine(time: ServerTimeMeasurement) {
  const found =
    time.found === undefined ? "" : ` ${time.found} of ${time.samples} found the person among the people listed.`;
  return (
    `${time.label}, one request at a time, a different one each (e.g. \`${time.example}\`): ` +
    `p50 ${ms(time.p50)} ms, p95 ${ms(time.p95)} ms, max ${ms(time.max)} ms over ${time.samples}.${found}`
  );
}

function activityLine(activity: ActivityMeasurement) {
  return (
    `${activity.label}, one request at a time (rendered for each request, never cached): p50 ${ms(activity.p50)} ms, ` +
    `p95 ${ms(activity.p95)} ms, p99 ${ms(activity.p99)} ms, max ${ms(activity.max)} ms over ${activity.samples}; ` +
    `${perRequest(activity.statementsPerRequest)} SQL statements a request; ${activity.found} of ${activity.samples} showed the followed members' activity.`
  );
}

const TOP_FUNCTIONS_SHOWN = 12;

export function renderProfileLines(profiles: RenderProfile[]) {
  const [film] = profiles;
  const perRender = (value: number, renders: number) => (value / renders).toFixed(1);
  return [
    `Where the CPU of a first render goes: the app with one worker under V8's sampling profiler, pages nobody ` +
      `visited requested one at a time (after ${WARM_UP_RENDERS} others of their kind, to warm up). "CPU" is the ` +
      `time the server's thread was busy, per render; the profiles are in ${PROFILE_DIR}/, to open as flame graphs ` +
      `(Chrome's DevTools → Performance, or speedscope.app).`,
    "",
    "| Page (unvisited) | Renders | CPU ms per render | Answer p50 ms | Where the CPU went, ms per render |",
    "| --- | ---: | ---: | ---: | --- |",
    ...profiles.map(
      ({ label, renders, busyMsPerRender, p50Ms, summary }) =>
        `| ${label} | ${renders} | ${ms(busyMsPerRender)} | ${ms(p50Ms)} | ` +
        `${summary.byArea
          .slice(0, 6)
          .map(({ area, ms: spent }) => `${area} ${perRender(spent, renders)}`)
          .join(" · ")} |`,
    ),
    "",
    ...(film
      ? [
          `${film.label}: the functions that took the most CPU themselves (minified names are Next's compiled runtime):`,
          "",
          "| ms per render | Function | Where | Area |",
          "| ---: | --- | --- | --- |",
          ...film.summary.topFunctions
            .slice(0, TOP_FUNCTIONS_SHOWN)
            .map(
              ({ name, where, area, ms: spent }) =>
                `| ${perRender(spent, film.renders)} | \`${name}\` | ${where ? `\`${where}\`` : "–"} | ${area} |`,
            ),
          "",
        ]
      : []),
  ];
}

function mark(isMet: boolean | undefined) {
  return isMet === undefined ? "–" : isMet ? "✓" : "✗";
}

function targetLines(results: BenchResults) {
  const { invalidation } = results;
  const film = results.pages.find((page) => page.id === "film")!;
  const czechFilm = results.pages.find((page) => page.id === "film-cs")!;
  const search = results.pages.find((page) => page.id === "search");
  const list = results.pages.find((page) => page.id === "list")!;
  const [searchTime, discoverTime, suggestionsTime] = results.serverTimes;
  const filmShare =
    film.load && film.ceiling ? film.load.requestsPerSecond / film.ceiling.requestsPerSecond : Number.NaN;
  const { framework, page: filmOwn } = results.filmJavaScript;
  const kilobytes = (share: JavaScriptShare) => (share.gzipBytes / 1000).toFixed(1);
  const rareFilm = results.pages.find((page) => page.id === "rare-film")!;
  return [
    `${mark(rareFilm.load && rareFilm.load.requestsPerSecond >= 100)} Unvisited film page ≥ 100 requests/s at ${TARGET_CONNECTIONS} connections (a different film each request): ${count(rareFilm.load?.requestsPerSecond ?? 0)} at ${results.connections}`,
    ...results.renderProfiles
      .filter(({ id }) => id !== "person-one-credit")
      .map(
        ({ label, busyMsPerRender }) =>
          `${mark(busyMsPerRender <= 15)} ${label}, its first render ≤ 15 ms of CPU: ${ms(busyMsPerRender)} ms`,
      ),
    `${mark(filmShare >= 0.4)} Cached film page ≥ 40 % of the static ceiling: ${(100 * filmShare).toFixed(0)} %`,
    `${mark(czechFilm.load && film.load && czechFilm.load.requestsPerSecond >= 0.9 * film.load.requestsPerSecond)} Cached film page in Czech as fast as in English (≥ 90 % of its requests/s): ${count(czechFilm.load?.requestsPerSecond ?? 0)} against ${count(film.load?.requestsPerSecond ?? 0)}`,
    `${mark(film.load && film.load.p99 < 50)} Cached film page p99 < 50 ms at ${TARGET_CONNECTIONS} connections: ${ms(film.load?.p99 ?? Number.NaN)} ms at ${results.connections}`,
    `${mark(invalidation.visit.p95 < 50)} Film page right after its cache was invalidated < 50 ms (p95 of ${invalidation.samples}): ${ms(invalidation.visit.p95)} ms`,
    `${mark(invalidation.post.p95 < 100)} Posting a review p95 < 100 ms, revalidation included (${invalidation.samples} posts, one at a time): ${ms(invalidation.post.p95)} ms`,
    `${mark(results.posting.load.p95 < 100)} The same with ${results.postConnections} members posting at once, as fast as the server answers: ${ms(results.posting.load.p95)} ms`,
    search?.load
      ? `${mark(search.load.p95 < 30)} Search p95 < 30 ms at ${results.connections} connections (one query, cached): ${ms(search.load.p95)} ms`
      : `${mark(undefined)} Search p95 < 30 ms: not available`,
    `${mark(searchTime!.p95 < 30)} Search p95 < 30 ms server time (${searchTime!.samples} different misspelled titles, one at a time): ${ms(searchTime!.p95)} ms`,
    `${mark(suggestionsTime!.p95 < 30)} Search box suggestions p95 < 30 ms server time (the same titles): ${ms(suggestionsTime!.p95)} ms`,
    ...results.nameSearchTimes.map(
      (time) =>
        `${mark(time.p95 < 50)} ${time.label} p95 < 50 ms server time (${time.samples} different people, one at a time): ${ms(time.p95)} ms; ${time.found} of ${time.samples} found the person`,
    ),
    `${mark(discoverTime!.p95 < 50)} Discover with three filters p95 < 50 ms server time (${discoverTime!.samples} different ones, one at a time): ${ms(discoverTime!.p95)} ms`,
    `${mark(results.activity.p95 < 50 && results.activity.found === results.activity.samples)} Signed-in home (\`/activity\`, 200 followed members) p95 < 50 ms, one request at a time: ${ms(results.activity.p95)} ms`,
    `${mark(list.statementsPerRequest === 0)} Public list page cached like a film page: ${perRequest(list.statementsPerRequest)} SQL statements a request, ` +
      `${count(list.load?.requestsPerSecond ?? 0)} requests/s and p99 ${ms(list.load?.p99 ?? Number.NaN)} ms (the cached film page: ${count(film.load?.requestsPerSecond ?? 0)} requests/s, p99 ${ms(film.load?.p99 ?? Number.NaN)} ms)`,
    `${mark(filmOwn.gzipBytes <= 20_000)} Film page's own JavaScript ≤ 20 kB gzipped: ${kilobytes(filmOwn)} kB in ${filmOwn.chunks} chunks ` +
      `(Marquee's client components with the parts of Next they import), besides the framework's ${kilobytes(framework)} kB ` +
      `in ${framework.chunks} that every page loads (React, React DOM, Next's router)`,
  ];
}

/** Where and when a run was made, the first line of every section. */
export function machineLine(machine: Environment) {
  return (
    `Run ${machine.date} on ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB memory, ` +
    `load average ${machine.loadAverageAtStart.toFixed(1)} when the run began; Node ${machine.node}; ` +
    `${machine.postgres} (${machine.databaseServer}).`
  );
}

/** The Markdown section for one scale, the same text printed at the end of a run and kept in docs/benchmarks.md. */
export function formatResults(results: BenchResults) {
  const { environment: machine, posting, invalidation, pageCacheOnDisk: disk } = results;
  const isTargetScale = results.size.reviews >= 1_000_000 && results.connections === TARGET_CONNECTIONS;
  return [
    `## ${sizeTitle(results.size)}`,
    "",
    `${machineLine(machine)} ${results.durationSeconds} s per URL after a ${results.warmupSeconds} s warm-up, ` +
      `${results.connections} connections; posting ${results.postConnections} connections; ` +
      `${results.workers === 1 ? "one app worker" : `${results.workers} app workers`}.`,
    "",
    "| URL | Requests/s | p50 ms | p95 ms | p99 ms | Errors | SQL/request | Page kB | Sent kB | Ceiling req/s | Of ceiling |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.pages.map(pageRow),
    `| Posting a review, signed in (server action) | ${count(posting.load.requestsPerSecond)} | ${ms(posting.load.p50)} | ${ms(posting.load.p95)} | ${ms(posting.load.p99)} | ${posting.load.errors} | ${perRequest(posting.statementsPerRequest)} | – | – | – | – |`,
    "",
    ...workerComparison(results),
    ...results.serverTimes.map(serverTimeLine),
    ...results.nameSearchTimes.map(serverTimeLine),
    "",
    activityLine(results.activity),
    "",
    `Posting a review, one post at a time: p50 ${ms(invalidation.post.p50)} ms, p95 ${ms(invalidation.post.p95)} ms, max ${ms(invalidation.post.max)} ms ` +
      `over ${invalidation.samples} posts. The film page right after each post: p50 ${ms(invalidation.visit.p50)} ms, ` +
      `p95 ${ms(invalidation.visit.p95)} ms, max ${ms(invalidation.visit.max)} ms; ${invalidation.freshVisits} of ${invalidation.samples} visits already showed the new review.`,
    "",
    stalenessSentence(results.staleness),
    "",
    ...renderProfileLines(results.renderProfiles),
    `Pages rendered at request time and kept on disk by Next (never removed): ${count(disk.pages)} pages, ` +
      `${(disk.bytes / 1e6).toFixed(1)} MB, ${disk.pages > 0 ? (disk.bytes / disk.pages / 1000).toFixed(0) : "–"} kB a page.`,
    "",
    isTargetScale
      ? "Targets:"
      : "Targets (stated for 1,000,000 reviews at 50 connections; shown here for orientation):",
    "",
    ...targetLines(results).map((line) => `- ${line}`),
  ].join("\n");
}
