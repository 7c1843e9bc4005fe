import { describe, expect, it } from "vitest";
import { formatPercentage, starsFor, summariseRatings, weightedRating } from "./rating";

describe("formatPercentage", () => {
  it("shows a mean out of ten as a percentage, with the decimals a chart asks for", () => {
    expect(formatPercentage(6.5)).toBe("65%");
    expect(formatPercentage(6.274, 1)).toBe("62.7%");
    expect(formatPercentage(0)).toBe("0%");
  });
});

describe("summariseRatings", () => {
  it("has no average or percentage without ratings", () => {
    expect(summariseRatings(0, 0)).toEqual({ count: 0, average: null, percentage: null });
  });

  it("gives the mean out of ten to one decimal and the percentage as mean × 10", () => {
    expect(summariseRatings(7 + 6, 2)).toEqual({ count: 2, average: 6.5, percentage: 65 });
    expect(summariseRatings(10 + 9 + 9, 3)).toEqual({ count: 3, average: 9.3, percentage: 93 });
  });

  it("counts trash ratings of 0 in the mean", () => {
    expect(summariseRatings(0 + 10, 2)).toEqual({ count: 2, average: 5, percentage: 50 });
  });
});

describe("starsFor", () => {
  it("draws odd ratings with a half star", () => {
    expect(starsFor(7)).toEqual({ isTrash: false, fullStars: 3, hasHalfStar: true });
    expect(starsFor(10)).toEqual({ isTrash: false, fullStars: 5, hasHalfStar: false });
    expect(starsFor(1)).toEqual({ isTrash: false, fullStars: 0, hasHalfStar: true });
  });

  it("marks 0 as trash", () => {
    expect(starsFor(0).isTrash).toBe(true);
  });

  it("refuses values outside 0–10 and fractions", () => {
    expect(() => starsFor(11)).toThrow(RangeError);
    expect(() => starsFor(-1)).toThrow(RangeError);
    expect(() => starsFor(6.5)).toThrow(RangeError);
  });
});

describe("weightedRating", () => {
  it("pulls films with few votes towards the global mean", () => {
    const few = weightedRating({ votes: 2, mean: 10, globalMean: 6, minimumVotes: 10 });
    const many = weightedRating({ votes: 1000, mean: 9, globalMean: 6, minimumVotes: 10 });
    expect(few).toBeCloseTo((2 / 12) * 10 + (10 / 12) * 6);
    expect(many).toBeGreaterThan(few);
  });

  it("equals the film's mean when the minimum is 0, and the global mean without votes", () => {
    expect(weightedRating({ votes: 5, mean: 7, globalMean: 6, minimumVotes: 0 })).toBe(7);
    expect(weightedRating({ votes: 0, mean: 0, globalMean: 6, minimumVotes: 10 })).toBe(6);
  });
});
