// One benchmark run on a ready scale database: build and start the app behind the statement counter, load each
// URL against its ceiling, time a member's signed-in home, post reviews, time the page after an invalidation, probe
// how soon a review reaches other visitors under load, and collect the results.
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { FOLLOWER_USERNAME, posterUsername, resetPosters } from "./accounts";
import { measureActivity } from "./activity";
import { appOrigin, buildApp, ceilingPort, startApp } from "./app-server";
import { describeEnvironment } from "./environment";
import { pickFixtures, SERVER_TIME_SAMPLES, type BenchFixtures, type PersonRef } from "./fixtures";
import { startHelper, type Helper } from "./helpers/child";
import { nameSearches } from "./name-search";
import type { BenchOptions } from "./options";
import { loadPage, measurePage, type LoadSettings, type PageTarget } from "./page-loads";
import { measurePageCacheOnDisk } from "./page-cache-disk";
import { measurePageJavaScript } from "./page-javascript";
import { LOAD_ROUNDS_PER_MEMBER, measureInvalidation, measurePosting } from "./posting";
import { progress } from "./progress";
import { profileRenders, WARM_UP_RENDERS, type RenderSeries } from "./render-profile";
import type { BenchResults, PageId } from "./report";
import { findReviewForm, signIn, signInAll } from "./review-posting";
import { measureServerTime, misspell } from "./server-time";
import { measureStaleness, STALENESS_SAMPLES } from "./staleness";

const HELPERS = path.resolve(process.cwd(), "scripts/bench/helpers");
const INVALIDATION_SAMPLES = 20;
/** The pages loaded again by the app with one worker, to show what the others add. */
const ONE_WORKER_PAGES: PageId[] = ["home", "film", "rare-film"];
/**
 * Enough members for 100 posts a second (more than two cores can save) without any of them posting too often, and
 * for the invalidation and staleness posts to the most rated film to come from different members.
 */
const postersFor = (durationSeconds: number) =>
  Math.max(INVALIDATION_SAMPLES + STALENESS_SAMPLES, Math.ceil(((durationSeconds + 2) * 100) / LOAD_ROUNDS_PER_MEMBER));

function pageTargets(fixtures: BenchFixtures): (PageTarget & { id: PageId })[] {
  // Taken from the fixtures as they are asked for, so that a later pass (with one worker) gets pages still unvisited.
  const rareFilm = () => fixtures.rareFilmSlugs.shift();
  const rareList = () => fixtures.rareListPaths.shift();
  const searchTerms = new URLSearchParams({ q: fixtures.popularFilm.title });
  const discoverFilters = new URLSearchParams({
    genre: fixtures.genreSlug,
    yearFrom: "1990",
    yearTo: "2009",
    sort: "rating",
  });
  return [
    { id: "home", label: "Home", path: "/" },
    { id: "film", label: "Popular film (cached)", path: `/films/${fixtures.popularFilm.slug}` },
    // A page in another language is a cached page of its own, rendered on its first visit rather than at build time.
    { id: "film-cs", label: "Popular film in Czech (cached)", path: `/cs/films/${fixtures.popularFilm.slug}` },
    {
      id: "rare-film",
      label: "Rarely visited film (a different one each request)",
      path: `/films/${rareFilm()}`,
      nextPath: () => {
        const slug = rareFilm();
        return slug === undefined ? undefined : `/films/${slug}`;
      },
    },
    { id: "person", label: "Person", path: `/people/${fixtures.personSlug}` },
    { id: "charts", label: "Charts", path: "/charts" },
    { id: "charts-cs", label: "Charts in Czech (its films' Czech titles looked up)", path: "/cs/charts" },
    { id: "genre", label: "Genre", path: `/genres/${fixtures.genreSlug}` },
    { id: "list", label: "Public list (cached)", path: fixtures.listPath },
    {
      id: "rare-list",
      label: "Unvisited list (a different one each request)",
      path: rareList()!,
      nextPath: rareList,
    },
    { id: "search", label: "Search", path: `/search?${searchTerms}`, isOptional: true },
    { id: "discover", label: "Discover", path: `/discover?${discoverFilters}`, isOptional: true },
  ];
}

/** Pages nobody has visited, to profile their first render: WARM_UP_RENDERS, then those measured, of each kind. */
function renderSeries(fixtures: BenchFixtures): RenderSeries[] {
  const averageCredits = (people: PersonRef[]) =>
    Math.round(people.reduce((sum, person) => sum + person.credits, 0) / Math.max(1, people.length));
  const personPaths = (people: PersonRef[]) => people.map((person) => `/people/${person.slug}`);
  return [
    {
      id: "film",
      label: "Rarely visited film",
      paths: fixtures.rareFilmSlugs.splice(0, WARM_UP_RENDERS + 60).map((slug) => `/films/${slug}`),
    },
    {
      id: "person",
      label: `Person with ${averageCredits(fixtures.prolificPeople)} credits`,
      paths: personPaths(fixtures.prolificPeople),
    },
    {
      id: "person-one-credit",
      label: "Person with one credit (almost nothing but the layout)",
      paths: personPaths(fixtures.oneCreditPeople),
    },
  ];
}

/**
 * A different misspelled title per request, for the results page and for the search box's suggestions (the same
 * queries without a page to render), and a different three-filter Discover per request.
 */
function serverTimeQueries(fixtures: BenchFixtures) {
  const searchTerms = fixtures.searchTitles.map((title) => new URLSearchParams({ q: misspell(title) }));
  const search = searchTerms.map((terms) => `/search?${terms}`);
  const suggestions = searchTerms.map((terms) => `/api/search/suggestions?${terms}`);
  const discover = Array.from({ length: SERVER_TIME_SAMPLES }, (_, index) => {
    const yearFrom = 1950 + (index % 60);
    const genre = fixtures.genreSlugs[index % fixtures.genreSlugs.length]!;
    return `/discover?${new URLSearchParams({ genre, yearFrom: String(yearFrom), yearTo: String(yearFrom + 5 + (index % 10)), minVotes: String(index % 20) })}`;
  });
  return { search, suggestions, discover };
}

/** The app's database URL, routed through the statement counter. */
function throughCounter(databaseUrl: string, counterPort: number) {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(counterPort);
  return url.toString();
}

/** `--profile`: the app built on the scale database, and only the first render of unvisited pages profiled. */
export async function profileUnvisitedPages(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const fixtures = await pickFixtures(sql);
    await buildApp(databaseUrl);
    return await profileRenders(databaseUrl, renderSeries(fixtures));
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function runBenchmark(
  databaseUrl: string,
  databaseServer: string,
  options: BenchOptions,
): Promise<BenchResults> {
  const loadAverageAtStart = os.loadavg()[0]!;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const helpers: Helper[] = [];
  let stopApp = async () => {};
  try {
    const fixtures = await pickFixtures(sql);
    const posters = postersFor(options.durationSeconds);
    await resetPosters(sql, posters);
    await buildApp(databaseUrl);

    const counter = await startHelper(path.join(HELPERS, "query-counter.ts"), [
      new URL(databaseUrl).hostname,
      new URL(databaseUrl).port || "5432",
    ]);
    helpers.push(counter);
    const ceiling = await startHelper(path.join(HELPERS, "ceiling-server.ts"), [String(ceilingPort())]);
    helpers.push(ceiling);
    const appDatabaseUrl = throughCounter(databaseUrl, await counter.ask<number>("port"));
    const app = await startApp(appDatabaseUrl, options.workers);
    stopApp = app.stop;
    progress(`app started on ${appOrigin()}`);

    const settings: LoadSettings = {
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: Math.min(2, options.durationSeconds),
    };
    const pages = [];
    for (const target of pageTargets(fixtures)) {
      progress(`loading ${target.label}: ${target.path}`);
      pages.push({ id: target.id, ...(await measurePage(target, { counter, ceiling, settings })) });
    }

    progress("timing search, its suggestions and Discover one request at a time, a different query each");
    const queries = serverTimeQueries(fixtures);
    const serverTimes = [
      await measureServerTime({ label: "Search, a misspelled title", paths: queries.search }),
      await measureServerTime({ label: "Discover, genre + years + minimum votes", paths: queries.discover }),
      await measureServerTime({ label: "Search box suggestions, a misspelled title", paths: queries.suggestions }),
    ];
    progress("timing searches for people's names the same way, and checking that each finds the person");
    const nameSearchTimes = [];
    for (const series of nameSearches(fixtures.peopleToSearch)) nameSearchTimes.push(await measureServerTime(series));

    progress(`timing ${FOLLOWER_USERNAME}'s signed-in home, /activity, one request at a time`);
    const activity = await measureActivity(await signIn(FOLLOWER_USERNAME, "10.78.0.1"), counter);

    progress(`signing in ${posters} members to post reviews`);
    const members = await signInAll(Array.from({ length: posters }, (_, index) => posterUsername(index)));
    const form = await findReviewForm(fixtures.filmsToReview[0]!.slug, members[0]!);
    progress("posting reviews");
    const posting = await measurePosting(
      { form, members, films: fixtures.filmsToReview, counter },
      { ...settings, connections: options.postConnections },
    );
    progress("timing the film page right after each of a series of posts");
    const invalidation = await measureInvalidation({ form, members, film: fixtures.popularFilm }, INVALIDATION_SAMPLES);
    progress(`posting ${STALENESS_SAMPLES} reviews under read load while a stranger polls for each`);
    // Members who have not reviewed the film yet: those after the invalidation samples'.
    const staleness = await measureStaleness({
      form,
      members: members.slice(INVALIDATION_SAMPLES),
      film: fixtures.popularFilm,
    });
    const filmHtml = await (await fetch(`${appOrigin()}/films/${fixtures.popularFilm.slug}`)).text();
    const errors = pages.reduce(
      (sum, page) => sum + (page.load?.errors ?? 0),
      posting.load.errors + staleness.reads.errors,
    );
    if (errors > 0) progress(`${errors} requests failed; the server's last lines:\n${app.logTail()}`);
    const pageCacheOnDisk = await measurePageCacheOnDisk();

    let withOneWorker: BenchResults["withOneWorker"];
    if (options.workers > 1) {
      progress("starting the app again with one worker, and loading the cached and unvisited pages again");
      await app.stop();
      stopApp = (await startApp(appDatabaseUrl, 1)).stop;
      withOneWorker = [];
      for (const target of pageTargets(fixtures).filter((candidate) => ONE_WORKER_PAGES.includes(candidate.id))) {
        withOneWorker.push({ id: target.id, load: await loadPage(target, settings, counter) });
      }
    }
    await stopApp();
    stopApp = async () => {};
    progress("profiling the first render of pages nobody visited, with one worker, one request at a time");
    const renderProfiles = await profileRenders(databaseUrl, renderSeries(fixtures));
    return {
      size: options.size,
      connections: options.connections,
      postConnections: options.postConnections,
      workers: options.workers,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      pages,
      withOneWorker,
      posting,
      invalidation,
      staleness,
      serverTimes,
      nameSearchTimes,
      activity,
      filmJavaScript: await measurePageJavaScript(filmHtml, "/[locale]/films/[slug]/page"),
      pageCacheOnDisk,
      renderProfiles,
      environment: await describeEnvironment(sql, databaseServer, loadAverageAtStart),
    };
  } finally {
    await stopApp();
    await Promise.all(helpers.map((helper) => helper.stop()));
    await sql.end({ timeout: 5 });
  }
}
