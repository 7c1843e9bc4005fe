import { describe, expect, it } from "vitest";
import { filmReferenceSchema } from "./films";

describe("filmReferenceSchema", () => {
  it("reads an id, a slug or a link to a film's page", () => {
    expect(filmReferenceSchema.parse("#7")).toEqual({ id: 7 });
    expect(filmReferenceSchema.parse("ikiru-1952")).toEqual({ slug: "ikiru-1952" });
    expect(filmReferenceSchema.parse("https://marquee.example/films/ikiru-1952/reviews?sort=newest")).toEqual({
      slug: "ikiru-1952",
    });
  });

  it("refuses a link to another kind of page, with a hint", () => {
    expect(filmReferenceSchema.safeParse("/people/akira-kurosawa").error?.issues[0]?.message).toBe(
      "Enter an id such as 42 or a slug such as ikiru-1952.",
    );
  });
});
