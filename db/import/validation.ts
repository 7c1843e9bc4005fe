// Field rules every importer checks before a row reaches the database; each message is the reason a row is
// skipped, so messages name the rule and never the value (the summary groups rows by message).
import { z } from "zod";
import { cleanText } from "./text";

/** Blank cells (and IMDb's `\N`, read as null) are missing values. */
function blankToUndefined(value: unknown) {
  if (value === null) return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

/** A whole number within the catalogue's check constraint, from a number or a numeric string. */
function boundedInteger(name: string, min: number, max: number) {
  const outside = `${name} outside ${min}–${max}`;
  return z.preprocess(
    (value) => {
      const present = blankToUndefined(value);
      return typeof present === "string" ? Number(present) : present;
    },
    z
      .number({ error: (issue) => (issue.input === undefined ? `no ${name}` : `${name} is not a number`) })
      .int(`${name} is not a whole number`)
      .min(min, outside)
      .max(max, outside),
  );
}

/** A cleaned text that must not be blank; `missing` is the reason given when it is. */
function requiredText(missing: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? cleanText(value) : value),
    z.string({ error: missing }).min(1, missing),
  );
}

export const titleSchema = requiredText("no title");

export const nameSchema = requiredText("no name");

export const yearSchema = boundedInteger("year", 1870, 2100);

/** A runtime may be missing (blank, or null for IMDb's `\N`), but when given it must be plausible. */
export const optionalRuntimeSchema = z.preprocess(blankToUndefined, boundedInteger("runtime", 1, 6000).optional());

/** A plot longer than the catalogue allows is left out rather than cut mid-sentence. */
export const PLOT_MAX_LENGTH = 10_000;

/** A cleaned text, or undefined when the cell is blank. */
export const optionalTextSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform(cleanText)
    .transform((text) => text || undefined)
    .optional(),
);

type RowCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Validates one raw row; a failure carries the first rule it broke, as the reason to report. */
export function checkRow<T>(schema: z.ZodType<T>, row: unknown): RowCheck<T> {
  const result = schema.safeParse(row);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reason: result.error.issues[0]?.message ?? "invalid row" };
}
