// The OpenAPI 3.1 document of the public API, generated from the zod schemas the endpoints use (zod's own
// toJSONSchema), so the description cannot drift from what is validated and sent.
import { z } from "zod";
import { apiEndpoints, type ApiEndpoint } from "./endpoints";
import { API_PREFIX } from "./resources";
import { PROBLEMS, type ProblemKind } from "./responses";
import { apiComponents, problemSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = "#/components/schemas/";

/** Components are parts of one document, not standalone schemas: their own $schema and $id would only confuse tools. */
function withoutSchemaHeader(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function componentRef(schema: z.ZodType) {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error("An endpoint's response must be a schema registered in apiComponents.");
  return { $ref: `${COMPONENT_PREFIX}${id}` };
}

function parametersOf(location: "path" | "query", parameters: z.ZodObject | undefined) {
  return Object.entries(parameters?.shape ?? {}).map(([name, field]) => {
    const { description, ...schema } = withoutSchemaHeader(z.toJSONSchema(field as z.ZodType, { io: "input" }));
    return {
      name,
      in: location,
      required: location === "path" || !(field as z.ZodType).isOptional(),
      description: typeof description === "string" ? description : undefined,
      schema,
    };
  });
}

/** An endpoint's path and query parameters as OpenAPI describes them. */
export function endpointParameters(endpoint: ApiEndpoint) {
  return [...parametersOf("path", endpoint.pathParameters), ...parametersOf("query", endpoint.query)];
}

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": {
    description: "Requests answered per minute for one client address.",
    schema: { type: "integer" },
  },
  "RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the count starts again.", schema: { type: "integer" } },
};

const rateLimitHeaderRefs = Object.fromEntries(
  Object.keys(RATE_LIMIT_HEADERS).map((name) => [name, { $ref: `#/components/headers/${name}` }]),
);

const RETRY_AFTER_HEADER = { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } };

function problemAnswer(kind: ProblemKind, description: string, headers: Record<string, unknown> = rateLimitHeaderRefs) {
  return {
    [PROBLEMS[kind].status]: {
      description,
      headers,
      content: { "application/problem+json": { schema: componentRef(problemSchema) } },
    },
  };
}

function operationOf(endpoint: ApiEndpoint) {
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: endpointParameters(endpoint),
    responses: {
      200: {
        description: "OK",
        headers: { "Cache-Control": { schema: { type: "string" } }, ...rateLimitHeaderRefs },
        content: { "application/json": { schema: componentRef(endpoint.response) } },
      },
      ...(endpoint.isRenamable
        ? {
            308: {
              description: "Renamed: the Location header gives the new address.",
              headers: { Location: { schema: { type: "string" } }, ...rateLimitHeaderRefs },
            },
          }
        : {}),
      ...(endpoint.query ? problemAnswer("bad-request", "A parameter was refused; errors lists each one.") : {}),
      ...(endpoint.pathParameters ? problemAnswer("not-found", "Nothing public has this slug, id or username.") : {}),
      ...problemAnswer("too-many-requests", "Over the rate limit: Retry-After says when to try again.", {
        ...RETRY_AFTER_HEADER,
        ...rateLimitHeaderRefs,
      }),
      ...problemAnswer("server-error", "An unexpected error; it has been logged."),
      ...problemAnswer(
        "unavailable",
        "The database cannot be reached just now: Retry-After says when to try again.",
        RETRY_AFTER_HEADER,
      ),
    },
  };
}

export function openApiDocument() {
  const { schemas } = z.toJSONSchema(apiComponents, { uri: (id) => `${COMPONENT_PREFIX}${id}` });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Marquee public API",
      version: "1.0.0",
      description:
        "Read-only JSON for films, people, reviews, search, Discover and members' public pages: the same data as the " +
        "website. Paged lists share one envelope (items, page, pageSize, total, links); errors are RFC 9457 " +
        "problems. Plots keep their source and licence: credit them wherever you show a plot. See /api for a guide.",
    },
    servers: [{ url: API_PREFIX }],
    paths: Object.fromEntries(apiEndpoints.map((endpoint) => [endpoint.path, { get: operationOf(endpoint) }])),
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([id, schema]) => [id, withoutSchemaHeader(schema as JsonSchema)]),
      ),
      headers: RATE_LIMIT_HEADERS,
    },
  };
}
