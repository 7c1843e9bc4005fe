import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/messages";
import { translatedErrors, translatedMessage } from "./error-messages";

/** Where the server writes what it answers people when it refuses a form. */
const SOURCES = [
  ...readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)[\w-]*actions?\.ts$/.test(file) || file.startsWith("_actions/"))
    .map((file) => path.join("app", file)),
  ...readdirSync("lib/validation").map((file) => path.join("lib/validation", file)),
  "lib/rate-limits.ts",
  "lib/work-gate.ts",
  "lib/letterboxd.ts",
  "lib/image-files.ts",
  "lib/account-tokens.ts",
].filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));

/** A sentence for people written as a plain string: a capital first, a full stop or question mark last. */
const SENTENCE = /"([A-Z][^"\\/\n]* [^"\\/\n]*[.?!])"/g;

describe("the server's messages for people", () => {
  const catalogue = new Set(Object.values(messagesFor("en").Errors));

  it.each(SOURCES)("written in %s are all in the Errors messages", (file) => {
    const sentences = [...readFileSync(file, "utf8").matchAll(SENTENCE)].map(([, sentence]) => sentence!);
    expect(sentences.filter((sentence) => !catalogue.has(sentence))).toEqual([]);
  });

  it("go out in the language of the page the form was on, by field", () => {
    const errors = { rating: ["Choose a rating."], form: ["Only admins can do this.", "Not in the catalogue."] };
    expect(translatedErrors(errors, "en")).toBe(errors);
    const czech = translatedErrors(errors, "cs");
    expect(czech.rating).toEqual([messagesFor("cs").Errors.chooseARating]);
    expect(czech.rating?.[0]).not.toBe("Choose a rating.");
    expect(czech.form?.[1]).toBe("Not in the catalogue.");
    expect(translatedMessage("Only admins can do this.", "ko")).toBe(messagesFor("ko").Errors.onlyAdminsCanDoThis);
  });
});
