// What the browser downloads for public pages: no client component outside /admin may reach zod through its imports
// (~31 kB gzipped on every film page when the add-to-list form imported the list schemas). Forms show limits from
// zod-free modules (lib/validation/*-limits.ts); their schemas run in the server actions.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SOURCE_EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ".mjs"];
/** Imports that reach the browser: `import type` is erased, and a "use server" module becomes a reference. */
const VALUE_IMPORT = /^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gm;

function isDirective(source: string, directive: string) {
  return source.trimStart().startsWith(`"${directive}"`);
}

function resolveImport(fromFile: string, specifier: string) {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(fromFile), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, ...SOURCE_EXTENSIONS.map((extension) => base + extension)].find(
    (candidate) => existsSync(candidate) && !candidate.endsWith("/"),
  );
}

/** The chain of modules by which `file` reaches the package `target`, if it does. */
function chainTo(target: string, file: string, seen = new Set<string>()): string[] | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (isDirective(source, "use server")) return undefined;
  for (const [, specifier] of source.matchAll(VALUE_IMPORT)) {
    if (specifier === target) return [file];
    const resolved = resolveImport(file, specifier!);
    const chain = resolved && !resolved.endsWith(".json") ? chainTo(target, resolved, seen) : undefined;
    if (chain) return [file, ...chain];
  }
  return undefined;
}

const publicClientModules = readdirSync("app", { recursive: true, encoding: "utf8" })
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(path.join("[locale]", "admin")))
  .map((file) => path.join("app", file))
  .filter((file) => isDirective(readFileSync(file, "utf8"), "use client"));

describe("client components of public pages", () => {
  it("are found", () => {
    expect(publicClientModules).toContain(path.join("app", "[locale]", "lists", "_components", "add-to-list-form.tsx"));
  });

  it.each(publicClientModules)("%s does not ship zod to the browser", (file) => {
    expect(chainTo("zod", file)?.join(" → ")).toBeUndefined();
  });
});
