import { describe, expect, it } from "vitest";
import { z } from "zod";
import { personFormSchema, personReferenceSchema, personSnapshotSchema } from "./people";

const form = {
  name: "Akira Kurosawa",
  originalName: "",
  birthDate: "",
  birthPlace: "",
  deathDate: "",
  deathPlace: "",
  bio: "",
};

describe("personFormSchema", () => {
  it("turns empty optional fields into nulls", () => {
    expect(personFormSchema.parse({ ...form, name: "  Akira Kurosawa " })).toEqual({
      name: "Akira Kurosawa",
      originalName: null,
      birthDate: null,
      birthPlace: null,
      deathDate: null,
      deathPlace: null,
      bio: null,
    });
  });

  it("puts a death before the birth on the death date", () => {
    const result = personFormSchema.safeParse({ ...form, birthDate: "1910-03-23", deathDate: "1898-09-06" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      deathDate: ["The death date is before the birth date."],
    });
    expect(personFormSchema.safeParse({ ...form, birthDate: "1910-03-23", deathDate: "1910-03-23" }).success).toBe(
      true,
    );
  });

  it("asks for a name, real dates and a biography of at most 5,000 characters", () => {
    const result = personFormSchema.safeParse({ ...form, name: " ", birthDate: "23.3.1910", bio: "x".repeat(5001) });
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      name: ["Enter the name."],
      birthDate: ["Enter the date as YYYY-MM-DD."],
      bio: ["Keep the biography under 5,000 characters."],
    });
  });
});

describe("personSnapshotSchema", () => {
  it("reads a snapshot from the audit log, ignoring its slug", () => {
    const fields = {
      name: "Akira Kurosawa",
      originalName: "黒澤明",
      birthDate: "1910-03-23",
      birthPlace: null,
      deathDate: null,
      deathPlace: null,
      bio: null,
    };
    expect(personSnapshotSchema.parse({ slug: "akira-kurosawa", ...fields })).toEqual(fields);
    expect(personSnapshotSchema.safeParse({ mergedInto: 4 }).success).toBe(false);
  });
});

describe("personReferenceSchema", () => {
  it("reads an id, a slug or a link to a person's page", () => {
    expect(personReferenceSchema.parse(" 42 ")).toEqual({ id: 42 });
    expect(personReferenceSchema.parse("#42")).toEqual({ id: 42 });
    expect(personReferenceSchema.parse("akira-kurosawa")).toEqual({ slug: "akira-kurosawa" });
    expect(personReferenceSchema.parse("/people/akira-kurosawa")).toEqual({ slug: "akira-kurosawa" });
    expect(personReferenceSchema.parse("https://marquee.example/people/akira-kurosawa?sort=year")).toEqual({
      slug: "akira-kurosawa",
    });
  });

  it("refuses anything else with a hint", () => {
    expect(personReferenceSchema.safeParse("").error?.issues[0]?.message).toBe(
      "Enter the id or slug of the person to keep.",
    );
    expect(personReferenceSchema.safeParse("Akira Kurosawa").error?.issues[0]?.message).toBe(
      "Enter an id such as 42 or a slug such as akira-kurosawa.",
    );
  });
});
