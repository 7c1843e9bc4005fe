import { describe, expect, it } from "vitest";
import { userRatingsPath, userRatingsView } from "./user-rating-paths";

describe("userRatingsPath", () => {
  it("gives the newest ratings' first page the list's own address, and every other view its own", () => {
    expect(userRatingsPath("anna")).toBe("/users/anna/ratings");
    expect(userRatingsPath("anna", "date", 2)).toBe("/users/anna/ratings/date/2");
    expect(userRatingsPath("anna", "title", 1)).toBe("/users/anna/ratings/title/1");
  });
});

describe("userRatingsView", () => {
  it("reads the view from the path, and names none for an order the list does not have", () => {
    expect(userRatingsView({})).toEqual({ sort: "date", page: 1 });
    expect(userRatingsView({ sort: "rating", page: "3" })).toEqual({ sort: "rating", page: 3 });
    expect(userRatingsView({ sort: "newest", page: "1" })).toBeUndefined();
  });
});
