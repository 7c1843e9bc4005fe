// Property-based: whatever a browser (or anyone posting by hand) sends in a form's fields — any Unicode, empty, huge,
// NUL bytes, right-to-left marks, emoji — each form's schema answers with success or with field errors written for
// people, and never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { searchTextSchema } from "@/lib/search-query";
import { hostileText } from "@/tests/support/hostile-text";
import { signUpSchema } from "./accounts";
import { creditsSchema, plotsSchema, titlesSchema } from "./film-sections";
import { filmFormSchema } from "./films";
import { personFormSchema } from "./people";
import { reportFormSchema, reviewFormSchema } from "./reviews";

function formOf<Field extends string>(fields: readonly Field[]) {
  return fc.record(
    Object.fromEntries(fields.map((field) => [field, hostileText])) as Record<Field, typeof hostileText>,
  );
}

/** A message people can act on: one of ours, a sentence, not zod's generic wording. */
function expectClearErrors(result: z.ZodSafeParseResult<unknown>) {
  if (result.success) return;
  for (const issue of result.error.issues) {
    expect(issue.message, JSON.stringify(issue.path)).toMatch(/^[A-Z].*[.!]$/s);
    expect(issue.message).not.toMatch(/^(Invalid|Too (big|small)|Expected|Required)\b/);
  }
}

function checkForm(schema: z.ZodType, input: fc.Arbitrary<unknown>) {
  fc.assert(
    fc.property(input, (values) => {
      expectClearErrors(schema.safeParse(values));
    }),
    { numRuns: 150, seed: 20261125 },
  );
}

// Each test runs a few hundred generated forms through zod: ~3 s on an idle two-core machine, three times that
// while a build shares it. The bound is the number of runs, not the clock.
describe("every form, given hostile input, answers with clear field errors or success", { timeout: 30_000 }, () => {
  it("the film form", () => {
    checkForm(
      filmFormSchema,
      fc.record({
        title: hostileText,
        originalTitle: hostileText,
        year: hostileText,
        releaseDate: hostileText,
        runtimeMinutes: hostileText,
        genres: fc.array(hostileText, { maxLength: 25 }),
        countries: fc.array(hostileText, { maxLength: 25 }),
      }),
    );
  });

  it("a film's other titles, plots and credits", () => {
    checkForm(titlesSchema, fc.array(formOf(["title", "kind", "countryCode", "language"]), { maxLength: 5 }));
    checkForm(plotsSchema, fc.array(formOf(["body", "source", "sourceUrl", "license", "language"]), { maxLength: 5 }));
    checkForm(creditsSchema, fc.array(formOf(["personId", "newPersonName", "role", "character"]), { maxLength: 5 }));
  });

  it("the person form", () => {
    checkForm(
      personFormSchema,
      formOf(["name", "originalName", "birthDate", "birthPlace", "deathDate", "deathPlace", "bio"]),
    );
  });

  it("sign-up", () => {
    checkForm(signUpSchema, formOf(["username", "email", "password"]));
  });

  it("the review and report forms", () => {
    checkForm(
      reviewFormSchema,
      fc.record({ filmId: hostileText, rating: hostileText, body: hostileText, hasSpoilers: fc.boolean() }),
    );
    checkForm(reportFormSchema, formOf(["reviewId", "reason", "details"]));
  });

  it("search", () => {
    checkForm(searchTextSchema, hostileText);
  });
});
