import { describe, expect, it } from "vitest";
import { apiEndpoints } from "./endpoints";
import { openApiDocument } from "./openapi";

/** Every $ref in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

function resolve(document: unknown, ref: string) {
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("lists every endpoint with its answers", () => {
    expect(Object.keys(document.paths)).toEqual(apiEndpoints.map((endpoint) => endpoint.path));
    for (const { get } of Object.values(document.paths)) {
      expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(["200", "429", "500"]));
    }
  });

  it("describes every parameter, each with a schema", () => {
    for (const { get } of Object.values(document.paths)) {
      for (const parameter of get.parameters) {
        expect(parameter.description, parameter.name).toBeTruthy();
        expect(parameter.schema, parameter.name).toHaveProperty("type");
      }
    }
  });

  it("documents path parameters as required and defaulted ones as optional", () => {
    const parameters = Object.fromEntries(
      document.paths["/films/{slug}/reviews"]!.get.parameters.map((parameter) => [parameter.name, parameter.required]),
    );
    expect(parameters).toEqual({ slug: true, sort: false, page: false });
    expect(document.paths["/search"]!.get.parameters.find((parameter) => parameter.name === "q")?.required).toBe(true);
  });

  it("resolves every reference inside itself", () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolve(document, ref), ref).toBeDefined();
  });

  it("keeps its components free of standalone-schema headers", () => {
    for (const schema of Object.values(document.components.schemas)) {
      expect(schema).not.toHaveProperty("$schema");
      expect(schema).not.toHaveProperty("$id");
    }
  });
});
