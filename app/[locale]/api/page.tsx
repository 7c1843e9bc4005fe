// A guide to the public API for people; the OpenAPI document is the exact description for programs.
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { apiEndpoints, type ApiEndpoint } from "@/lib/api/endpoints";
import { endpointParameters } from "@/lib/api/openapi";
import { DEFAULT_API_REQUESTS_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_PREFIX } from "@/lib/api/resources";
import { PROBLEMS, SUCCESS_CACHE_CONTROL, type ProblemKind } from "@/lib/api/responses";
import { MAX_SEARCH_LENGTH } from "@/lib/search-query";
import { pageMetadata } from "@/lib/page-metadata";
import type { Messages } from "@/messages";
import { HeadedSection } from "@/app/_components/headed-section";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("ApiPage")]);
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/api",
  });
}

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

type Endpoints = Messages["ApiPage"]["endpoints"];
/**
 * The endpoints the messages describe, one per operationId of lib/api/endpoints.ts: they repeat its English summaries
 * and descriptions (the OpenAPI document's) and translate them.
 */
type OperationId = keyof Endpoints;
/** endpoints.getFilm.parameters.slug, and so on for every parameter of every endpoint. */
type ParameterKey = {
  [Id in OperationId]: `endpoints.${Id}.parameters.${keyof Endpoints[Id]["parameters"] & string}`;
}[OperationId];

function CodeBlock({ children }: { children: string }) {
  // Wrapped rather than scrolled sideways: a scrolling box would need to be reachable by keyboard.
  return (
    <pre className="rounded-md bg-stone-100 p-3 text-sm break-words whitespace-pre-wrap dark:bg-stone-900">
      {children}
    </pre>
  );
}

function Endpoint({ endpoint }: { endpoint: ApiEndpoint }) {
  const t = useTranslations("ApiPage");
  const operationId = endpoint.operationId as OperationId;
  const headingId = `endpoint-${operationId}`;
  const parameters = endpointParameters(endpoint);
  return (
    <section aria-labelledby={headingId} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
      <h3 id={headingId} className="text-xl font-semibold">
        {t(`endpoints.${operationId}.summary`)}:{" "}
        <code className="text-base">
          GET {API_PREFIX}
          {endpoint.path}
        </code>
      </h3>
      <p>{t(`endpoints.${operationId}.description`)}</p>
      {parameters.length > 0 ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {parameters.map((parameter) => (
            <div key={parameter.name} className="contents">
              <dt>
                <code>{parameter.name}</code>
                {parameter.required ? null : (
                  <span className="text-stone-600 dark:text-stone-400"> {t("optional")}</span>
                )}
              </dt>
              <dd>
                {t(`endpoints.${operationId}.parameters.${parameter.name}` as ParameterKey, {
                  maxLength: MAX_SEARCH_LENGTH,
                })}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p>
        {t("example")}{" "}
        <a href={`${API_PREFIX}${endpoint.example}`}>
          GET {API_PREFIX}
          {endpoint.example}
        </a>
      </p>
      <CodeBlock>{EXAMPLE_RESPONSES[endpoint.operationId] ?? ""}</CodeBlock>
    </section>
  );
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default function ApiPage() {
  const t = useTranslations("ApiPage");
  const breadcrumbs = useTranslations("Breadcrumbs");
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed">
      <Breadcrumbs
        trail={[
          { name: breadcrumbs("home"), path: "/" },
          { name: t("title"), path: "/api" },
        ]}
      />
      <h1 className="text-4xl font-bold tracking-tight">{t("title")}</h1>
      <p>
        {t.rich("introduction", {
          prefix: API_PREFIX,
          code,
          openapi: (chunks) => <a href={OPENAPI_PATH}>{chunks}</a>,
        })}
      </p>

      <HeadedSection id="endpoints" title={t("endpointsHeading")}>
        {apiEndpoints.map((endpoint) => (
          <Endpoint key={endpoint.operationId} endpoint={endpoint} />
        ))}
      </HeadedSection>

      <HeadedSection id="pagination" title={t("pages.heading")}>
        <p>{t.rich("pages.text", { code })}</p>
      </HeadedSection>

      <HeadedSection id="errors" title={t("errors.heading")}>
        <p>{t.rich("errors.text", { code })}</p>
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
              <dd>{t(`errors.problems.${kind}`)}</dd>
            </div>
          ))}
        </dl>
      </HeadedSection>

      <HeadedSection id="rate-limits" title={t("rateLimits.heading")}>
        <p>{t.rich("rateLimits.text", { requests: DEFAULT_API_REQUESTS_PER_MINUTE, code })}</p>
      </HeadedSection>

      <HeadedSection id="caching" title={t("caching.heading")}>
        <p>{t.rich("caching.text", { cacheControl: SUCCESS_CACHE_CONTROL, code })}</p>
      </HeadedSection>

      <HeadedSection id="licence" title={t("licence.heading")}>
        <p>{t.rich("licence.text", { code })}</p>
      </HeadedSection>
    </article>
  );
}
