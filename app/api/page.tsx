// A guide to the public API for people; the OpenAPI document is the exact description for programs.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { apiEndpoints, type ApiEndpoint } from "@/lib/api/endpoints";
import { endpointParameters } from "@/lib/api/openapi";
import { DEFAULT_API_REQUESTS_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_PREFIX } from "@/lib/api/resources";
import { PROBLEMS, SUCCESS_CACHE_CONTROL, type ProblemKind } from "@/lib/api/responses";
import { pageMetadata } from "@/lib/page-metadata";
import { HeadedSection } from "@/app/_components/headed-section";

export const metadata: Metadata = pageMetadata({
  title: "Public API",
  description:
    "Marquee’s read-only JSON API: films, people, reviews, search, Discover and members’ public pages, described by " +
    "an OpenAPI document.",
  path: "/api",
});

const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;

/** Abridged answers to each endpoint's example request ("…" marks what is left out). */
const EXAMPLE_RESPONSES: Record<string, string> = {
  getFilm: `{
  "slug": "escape-2024", "title": "Escape", "year": 2024, "originalTitle": "탈주", "runtimeMinutes": 94,
  "genres": [{ "slug": "thriller", "name": "Thriller" }, …],
  "plots": [{ "body": "A North Korean soldier…", "language": "en",
              "source": "Well Go USA Entertainment", "sourceUrl": null, "license": null }],
  "directors": [{ "slug": "lee-jong-pil", "name": "Lee Jong-pil", "originalName": "이종필", "links": { … } }],
  "cast": [{ "slug": "lee-je-hoon", "name": "Lee Je-hoon", "character": "Lim Gyu-nam", … }, …],
  "rating": { "count": 4, "average": 6.5, "percentage": 65,
              "histogram": [0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0], "reviewCount": 2 },
  "links": { "self": "…/api/v1/films/escape-2024", "html": "…/films/escape-2024", "reviews": "…" },
  …
}`,
  listFilmReviews: `{
  "items": [{ "id": 1, "rating": 7, "body": "A lean thriller…", "hasSpoilers": false,
              "createdAt": "2026-11-18T10:33:00.000Z", "author": { "username": "cinephile_anna", … }, … }, …],
  "page": 1, "pageSize": 20, "total": 2,
  "links": { "self": "…", "prev": null, "next": null },
  "film": { "slug": "escape-2024", "title": "Escape", "year": 2024, "links": { … } },
  "sort": "highest"
}`,
  getPerson: `{
  "slug": "lee-jong-pil", "name": "Lee Jong-pil", "originalName": "이종필", "bio": "South Korean director…",
  "averageRatings": { "asDirector": { "count": 6, "average": 6.7, "percentage": 67, "films": 2 }, … },
  "filmography": [{ "role": "director", "character": null, "film": { "slug": "escape-2024", … } }, …],
  …
}`,
  getReview: `{
  "id": 1, "rating": 7, "body": "A lean thriller…", "hasSpoilers": false, "isPreRelease": false,
  "author": { "username": "cinephile_anna", "displayName": "Anna K.", "links": { "html": "…" } },
  "film": { "slug": "escape-2024", … }, "revisions": [], …
}`,
  search: `{
  "query": "escpae",
  "films": { "items": [{ "slug": "escape-2024", "matchedTitle": "Escape", "directors": ["Lee Jong-pil"], … }, …],
             "page": 1, "pageSize": 20, "total": 2, "links": { … } },
  "people": { "items": [], "page": 1, "pageSize": 20, "total": 0, "links": { … } }
}`,
  discoverFilms: `{
  "items": [{ "slug": "escape-2024", "title": "Escape", "year": 2024, "posterUrl": null, "rating": { … }, … }, …],
  "page": 1, "pageSize": 24, "total": 4, "links": { "self": "…", "prev": null, "next": null },
  "filters": { "genres": ["thriller"], "country": "KR", "yearFrom": 2020 },
  "sort": "newest"
}`,
  getMember: `{
  "username": "cinephile_anna", "displayName": "Anna K.", "bio": "Watches everything twice…", "avatarUrl": null,
  "memberSince": "2026-11-01T09:00:00.000Z",
  "counts": { "ratings": 12, "reviews": 9, "followers": 0, "following": 0, "watchlist": 0 },
  "ratingHistogram": [0, 0, 0, 0, 0, 0, 1, 3, 4, 2, 2],
  "links": { "self": "…/api/v1/users/cinephile_anna", "html": "…/users/cinephile_anna",
             "watchlist": "…/api/v1/users/cinephile_anna/watchlist", "lists": "…/api/v1/users/cinephile_anna/lists" }
}`,
  listMemberWatchlist: `{
  "items": [{ "film": { "slug": "ikiru-1952", "title": "Ikiru", "year": 1952, "posterUrl": null, "rating": { … }, … },
              "addedAt": "2026-11-24T19:02:00.000Z" }, …],
  "page": 1, "pageSize": 20, "total": 1, "links": { "self": "…", "prev": null, "next": null },
  "member": { "username": "cinephile_anna", "displayName": "Anna K.", "links": { … } },
  "sort": "year"
}`,
  listMemberLists: `{
  "member": { "username": "cinephile_anna", "displayName": "Anna K.", "links": { … } },
  "items": [{ "slug": "silent-essentials", "title": "Silent essentials", "description": "Where to start…",
              "isRanked": true, "filmCount": 3, "updatedAt": "2026-11-20T09:00:00.000Z", "links": { … } }]
}`,
  getMemberList: `{
  "slug": "silent-essentials", "title": "Silent essentials", "isRanked": true, "filmCount": 3, …,
  "member": { "username": "cinephile_anna", … },
  "items": [{ "position": 1, "film": { "slug": "battleship-potemkin-1925", "posterUrl": null, … },
              "note": "The Odessa Steps: the editing lesson everyone still copies." }, …]
}`,
};

const PROBLEM_EXPLANATIONS: Record<ProblemKind, string> = {
  "bad-request":
    "A parameter is malformed or out of range, or names a genre or country that does not exist. errors lists each parameter and what is wrong with it.",
  "not-found":
    "No film, person, review or member has this slug, id or username (a private watchlist or list is not found " +
    "either), or the address is not an endpoint.",
  "too-many-requests": "Over the rate limit: wait the number of seconds in Retry-After.",
  "server-error": "Something unexpected went wrong on our side. It is logged; try again later.",
  unavailable:
    "The database cannot be reached just now (GET /api/health says so too): try again after the seconds in Retry-After.",
};

function CodeBlock({ children }: { children: string }) {
  // Wrapped rather than scrolled sideways: a scrolling box would need to be reachable by keyboard.
  return (
    <pre className="rounded-md bg-stone-100 p-3 text-sm break-words whitespace-pre-wrap dark:bg-stone-900">
      {children}
    </pre>
  );
}

function Endpoint({ endpoint }: { endpoint: ApiEndpoint }) {
  const headingId = `endpoint-${endpoint.operationId}`;
  const parameters = endpointParameters(endpoint);
  return (
    <section aria-labelledby={headingId} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
      <h3 id={headingId} className="text-xl font-semibold">
        {endpoint.summary}:{" "}
        <code className="text-base">
          GET {API_PREFIX}
          {endpoint.path}
        </code>
      </h3>
      <p>{endpoint.description}</p>
      {parameters.length > 0 ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {parameters.map((parameter) => (
            <div key={parameter.name} className="contents">
              <dt>
                <code>{parameter.name}</code>
                {parameter.required ? null : <span className="text-stone-600 dark:text-stone-400"> (optional)</span>}
              </dt>
              <dd>{parameter.description}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p>
        Example:{" "}
        <a href={`${API_PREFIX}${endpoint.example}`}>
          GET {API_PREFIX}
          {endpoint.example}
        </a>
      </p>
      <CodeBlock>{EXAMPLE_RESPONSES[endpoint.operationId] ?? ""}</CodeBlock>
    </section>
  );
}

export default function ApiPage() {
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed">
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: "Public API", path: "/api" },
        ]}
      />
      <h1 className="text-4xl font-bold tracking-tight">Public API</h1>
      <p>
        Marquee’s films, people, reviews, search, Discover and members’ public profiles, watchlists and lists are
        available as JSON, with the same data as the pages, at addresses that mirror them under{" "}
        <code>{API_PREFIX}</code>: the film at <code>/films/escape-2024</code> is at{" "}
        <code>{API_PREFIX}/films/escape-2024</code>. The API is read-only and needs no key. The{" "}
        <a href={OPENAPI_PATH}>OpenAPI 3.1 document</a> describes every endpoint, parameter and response exactly; this
        page is the short version.
      </p>

      <HeadedSection id="endpoints" title="Endpoints">
        {apiEndpoints.map((endpoint) => (
          <Endpoint key={endpoint.operationId} endpoint={endpoint} />
        ))}
      </HeadedSection>

      <HeadedSection id="pagination" title="Pages">
        <p>
          Lists come one page at a time, in one envelope: <code>items</code>, the <code>page</code> (from 1, set with
          the <code>page</code> parameter), the <code>pageSize</code> (fixed per endpoint), the <code>total</code> over
          all pages, and <code>links</code> to this page and the previous and next ones (null at either end). A page
          past the end is empty.
        </p>
      </HeadedSection>

      <HeadedSection id="errors" title="Errors">
        <p>
          Every error is a problem document (RFC 9457) of type <code>application/problem+json</code>, with{" "}
          <code>type</code>, <code>title</code>, <code>status</code> and <code>detail</code>. A renamed film or person
          answers <code>308</code> with the new address in <code>Location</code>.
        </p>
        <CodeBlock>{`HTTP/1.1 400 Bad Request
Content-Type: application/problem+json

{
  "type": "…/api#problem-bad-request", "title": "${PROBLEMS["bad-request"].title}", "status": 400,
  "detail": "Check the parameters: page.",
  "errors": [{ "parameter": "page", "message": "Give the page as a whole number from 1 to 10000." }]
}`}</CodeBlock>
        <dl className="space-y-2">
          {(Object.keys(PROBLEMS) as ProblemKind[]).map((kind) => (
            <div key={kind}>
              <dt id={`problem-${kind}`} className="font-semibold">
                {PROBLEMS[kind].status} {PROBLEMS[kind].title}
              </dt>
              <dd>{PROBLEM_EXPLANATIONS[kind]}</dd>
            </div>
          ))}
        </dl>
      </HeadedSection>

      <HeadedSection id="rate-limits" title="Rate limits">
        <p>
          Each client address may make {DEFAULT_API_REQUESTS_PER_MINUTE} requests a minute (an operator can change this
          with <code>API_RATE_LIMIT_PER_MINUTE</code>). Every response says where you stand in{" "}
          <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code> (seconds until
          the count starts again); over the limit the answer is <code>429</code> with <code>Retry-After</code>. Each of
          a site’s servers counts on its own, so treat the numbers as a lower bound.
        </p>
      </HeadedSection>

      <HeadedSection id="caching" title="Caching">
        <p>
          Answers carry <code>Cache-Control: {SUCCESS_CACHE_CONTROL}</code>: keep them a minute, or five in a shared
          cache. Errors are never cached. Cache what you can rather than asking again; the data changes when members
          rate and review, not from second to second.
        </p>
      </HeadedSection>

      <HeadedSection id="licence" title="Licence and attribution">
        <p>
          Plots keep their source: each comes with <code>source</code>, <code>sourceUrl</code> and <code>license</code>,
          and wherever you show a plot you must credit its source and follow its licence (a CC BY-SA plot stays CC
          BY-SA). Reviews are the words of Marquee’s members: link each one to its page (<code>links.html</code>) and
          show who wrote it. Please credit Marquee with a link where you use its data.
        </p>
      </HeadedSection>
    </article>
  );
}
