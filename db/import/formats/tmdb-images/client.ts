// TMDB's API (v3), as far as the tmdb-images import needs it: finding a film or person by IMDb id, and their
// pictures. A refused key stops the whole import; anything else that goes wrong fails one request, whose item is then
// skipped with the reason.
import { z } from "zod";
import { ImportInputError } from "../../read-files";

const DEFAULT_API_URL = "https://api.themoviedb.org";
const REQUEST_TIMEOUT_MS = 20_000;
/** Tries of a request that got no answer or a server error (5xx), with a wait doubling from RETRY_DELAY_MS. */
const SERVER_ERROR_TRIES = 3;
const RETRY_DELAY_MS = 500;
/** Tries of a request TMDB keeps answering with 429, each after the wait it asks for (Retry-After), at most the cap. */
const RATE_LIMITED_TRIES = 5;
const MAX_RATE_LIMIT_WAIT_MS = 30_000;
const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

/** One request failed for good: its item is skipped with this message as the reason, and the import goes on. */
export class TmdbRequestError extends Error {}

const configurationSchema = z.object({ images: z.object({ secure_base_url: z.url() }) });

const findSchema = z.object({
  movie_results: z.array(z.object({ id: z.number().int(), poster_path: z.string().nullish() })).default([]),
  person_results: z.array(z.object({ id: z.number().int(), profile_path: z.string().nullish() })).default([]),
});
export type TmdbFindResults = z.infer<typeof findSchema>;

const NOTHING_FOUND: TmdbFindResults = { movie_results: [], person_results: [] };

const errorBodySchema = z.object({ status_message: z.string() });

export interface TmdbClient {
  /** What TMDB holds under an IMDb id (tt… for films, nm… for people); nothing when it does not know the id. */
  findByImdbId(imdbId: string): Promise<TmdbFindResults>;
  /** A picture's bytes at one of TMDB's sizes ("w500", "h632"), or undefined when TMDB does not serve it. */
  image(size: string, imagePath: string): Promise<Buffer | undefined>;
}

/**
 * A v4 "API Read Access Token" is a JWT, whose first part (base64 of `{"alg"…`) starts with "eyJ", and goes as a bearer
 * token; a v3 API key goes as a query parameter.
 */
function authenticate(url: URL, apiKey: string): Record<string, string> {
  if (apiKey.startsWith("eyJ")) return { Authorization: `Bearer ${apiKey}` };
  url.searchParams.set("api_key", apiKey);
  return {};
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Retry-After in seconds or as an HTTP date, capped; a second when TMDB sends none. */
function rateLimitWait(response: Response) {
  const header = response.headers.get("Retry-After");
  if (header === null) return DEFAULT_RATE_LIMIT_WAIT_MS;
  const milliseconds = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Math.min(
    Math.max(Number.isNaN(milliseconds) ? DEFAULT_RATE_LIMIT_WAIT_MS : milliseconds, 0),
    MAX_RATE_LIMIT_WAIT_MS,
  );
}

function describeFailure(error: unknown) {
  if (error instanceof Error && error.name === "TimeoutError")
    return `TMDB did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  // fetch rejects with "fetch failed" and the socket's error (ECONNREFUSED, ENOTFOUND…) as its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
  return `could not reach TMDB (${code})`;
}

async function statusMessage(response: Response) {
  const body = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  return body.success ? body.data.status_message : `HTTP ${response.status}`;
}

/**
 * GETs `url`, waiting out rate limits and retrying server errors; undefined for a 404. Every answer not returned is
 * read to its end or cancelled, so that its connection goes back to the pool.
 */
async function get(url: URL, headers: Record<string, string>): Promise<Response | undefined> {
  let rateLimitedTries = 0;
  let failedTries = 0;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      if (++failedTries >= SERVER_ERROR_TRIES) throw new TmdbRequestError(describeFailure(error));
      await sleep(RETRY_DELAY_MS * 2 ** (failedTries - 1));
      continue;
    }
    if (response.ok) return response;
    if (response.status === 401) {
      throw new ImportInputError(`TMDB refused TMDB_API_KEY: ${await statusMessage(response)}`);
    }
    await response.body?.cancel();
    if (response.status === 404) return undefined;
    if (response.status === 429) {
      if (++rateLimitedTries >= RATE_LIMITED_TRIES) {
        throw new TmdbRequestError(`TMDB kept answering 429 (too many requests), ${RATE_LIMITED_TRIES} times`);
      }
      await sleep(rateLimitWait(response));
      continue;
    }
    if (response.status >= 500 && ++failedTries < SERVER_ERROR_TRIES) {
      await sleep(RETRY_DELAY_MS * 2 ** (failedTries - 1));
      continue;
    }
    throw new TmdbRequestError(
      response.status >= 500
        ? `TMDB answered ${response.status}, ${SERVER_ERROR_TRIES} times`
        : `TMDB answered ${response.status}`,
    );
  }
}

async function readJson<Schema extends z.ZodType>(response: Response, schema: Schema, what: string) {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new TmdbRequestError(`TMDB's answer to ${what} is not in its documented shape`);
  return parsed.data as z.infer<Schema>;
}

/**
 * Checks the key and learns where TMDB serves pictures (GET /3/configuration): a refused key, or no answer at all,
 * ends the import here, before anything is written.
 */
export async function connectToTmdb(settings: { apiKey: string; apiUrl?: string }): Promise<TmdbClient> {
  const apiUrl = settings.apiUrl ?? DEFAULT_API_URL;
  // Relative to the root given, so that a TMDB_API_URL with a path (a proxy's) keeps it.
  const root = apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
  const getApi = (apiPath: string, query: Record<string, string> = {}) => {
    const url = new URL(apiPath, root);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return get(url, authenticate(url, settings.apiKey));
  };

  let imageBaseUrl: string;
  try {
    const response = await getApi("3/configuration");
    if (!response) throw new TmdbRequestError(`${apiUrl} has no /3/configuration: is TMDB_API_URL TMDB's API?`);
    imageBaseUrl = (await readJson(response, configurationSchema, "/3/configuration")).images.secure_base_url;
  } catch (error) {
    if (!(error instanceof TmdbRequestError)) throw error;
    throw new ImportInputError(`Could not read TMDB's configuration at ${apiUrl}: ${error.message}.`);
  }

  return {
    async findByImdbId(imdbId) {
      const response = await getApi(`3/find/${encodeURIComponent(imdbId)}`, { external_source: "imdb_id" });
      return response ? readJson(response, findSchema, "/3/find") : NOTHING_FOUND;
    },
    async image(size, imagePath) {
      // The key stays with the API: TMDB's image server needs none.
      const response = await get(new URL(`${imageBaseUrl}${size}${imagePath}`), {});
      if (!response) return undefined;
      const bytes = await response.arrayBuffer().catch((error: unknown) => {
        throw new TmdbRequestError(describeFailure(error));
      });
      return Buffer.from(bytes);
    },
  };
}
