import { describe, expect, it } from "vitest";
import { filmSlug, slugBase, slugCandidate } from "./slugs";

describe("slugs", () => {
  it("fold accents and punctuation into plain words", () => {
    expect(slugBase("Le Rêve de Noël")).toBe("le-reve-de-noel");
    expect(slugBase("Dr. Strangelove, or: How I Learned…")).toBe("dr-strangelove-or-how-i-learned");
    expect(slugBase("탈주")).toBe("");
  });

  it("cut long titles at a word boundary", () => {
    const slug = slugBase("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("make film slugs of title and year, numbered when taken", () => {
    expect(filmSlug("Escape", 2024)).toBe("escape-2024");
    expect(filmSlug("탈주", 2024)).toBe("film-2024");
    expect(slugCandidate("escape-2024", 1)).toBe("escape-2024");
    expect(slugCandidate("escape-2024", 3)).toBe("escape-2024-3");
  });
});
