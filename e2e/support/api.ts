// The public API as a client meets it: the served OpenAPI document, and responses checked against what it documents.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
// The .js suffix: ajv has no exports map, and Playwright loads specs as ES modules (package.json "type": "module").
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const API = "/api/v1";
const DOCUMENT_ID = "openapi.json";

export interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
  >;
  components: { schemas: Record<string, unknown> };
}

export interface Linked {
  slug: string;
}

export interface Page<Item> {
  items: Item[];
  page: number;
}

export interface Problem {
  status: number;
  title: string;
  errors?: { parameter: string }[];
}

let documentLoad: Promise<{ document: OpenApiDocument; ajv: Ajv2020 }> | undefined;

/** The served OpenAPI document, with a validator that resolves its $refs; fetched once per worker. */
export function openApi(request: APIRequestContext) {
  documentLoad ??= (async () => {
    const response = await request.get(`${API}/openapi.json`);
    expect(response.status()).toBe(200);
    const document = (await response.json()) as OpenApiDocument;
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    // OpenAPI's top-level fields (openapi, info, paths…) are not JSON Schema keywords: declared so strict mode allows them.
    ajv.addVocabulary(Object.keys(document));
    ajv.addSchema(document, DOCUMENT_ID);
    return { document, ajv };
  })();
  return documentLoad;
}

/**
 * Checks a response against what the document says `path` answers with that status, and returns its body (typed by
 * the caller with the few fields a test reads; the schema has checked them all).
 */
export async function expectDocumented<Body = unknown>(
  request: APIRequestContext,
  response: APIResponse,
  path: string,
  status = 200,
) {
  const { document, ajv } = await openApi(request);
  expect(response.status(), `${response.url()} answered ${response.status()}`).toBe(status);
  const answer = document.paths[path]?.get.responses[String(status)];
  expect(answer?.content, `the document describes ${status} for ${path}`).toBeDefined();
  const [contentType, { schema }] = Object.entries(answer!.content!)[0]!;
  expect(response.headers()["content-type"]).toContain(contentType);
  const body: unknown = await response.json();
  const validate = ajv.getSchema(`${DOCUMENT_ID}${schema.$ref}`)!;
  expect(validate(body), `${response.url()}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body as Body;
}

export function expectRateLimitHeaders(response: APIResponse) {
  const headers = response.headers();
  const limit = Number(headers["ratelimit-limit"]);
  expect(limit).toBeGreaterThan(0);
  expect(Number(headers["ratelimit-remaining"])).toBeGreaterThanOrEqual(0);
  expect(Number(headers["ratelimit-remaining"])).toBeLessThan(limit);
  expect(Number(headers["ratelimit-reset"])).toBeGreaterThanOrEqual(1);
  expect(Number(headers["ratelimit-reset"])).toBeLessThanOrEqual(60);
}
