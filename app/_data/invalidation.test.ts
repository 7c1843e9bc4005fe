// Exactly what each kind of write makes stale: a tag too few leaves a page showing the past to every visitor; a tag
// too many flushes pages that did not change (docs/freshness.md).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tagsChangedBy, type Write } from "./invalidation";

const review = { filmId: 7, userId: 3, reviewId: 41 };
const REVIEW_PAGES = ["film:7", "review:41", "user:3", "home"];

function expectTags(write: Write, tags: string[]) {
  expect([...tagsChangedBy(write)].sort()).toEqual([...tags].sort());
}

describe("tagsChangedBy", () => {
  it("a review saved, edited or rated without text: its film, permalink, author and the latest reviews, not the charts", () => {
    expectTags({ kind: "review-saved", ...review }, REVIEW_PAGES);
  });

  it("a review deleted by its author: the same pages", () => {
    expectTags({ kind: "review-deleted", ...review }, REVIEW_PAGES);
  });

  it("a review hidden, shown again or deleted by a moderator: the same pages", () => {
    expectTags({ kind: "review-moderated", ...review }, REVIEW_PAGES);
  });

  it("a film created: the 404 once cached at its slug, and the lists of new films", () => {
    expectTags({ kind: "film-created", filmId: 9, slug: "escape-2024" }, [
      "film:9",
      "film-slug:escape-2024",
      "home",
      "charts",
    ]);
  });

  it("a film edited or renamed (details, titles, credits…): its pages at both slugs, its people, its related films, the lists", () => {
    expectTags({ kind: "film-changed", filmId: 9, slugs: ["escape-2024", "run-away-2024"], personIds: [1, 2] }, [
      "film:9",
      "film-details:9",
      "film-titles",
      "related:9",
      "film-lists:9",
      "film-slug:escape-2024",
      "film-slug:run-away-2024",
      "person:1",
      "person:2",
      "home",
      "charts",
    ]);
  });

  it("a film deleted: as an edit, and the profiles of those who reviewed it", () => {
    expectTags({ kind: "film-deleted", filmId: 9, slugs: ["escape-2024"], personIds: [1], memberIds: [3, 4] }, [
      "film:9",
      "film-details:9",
      "film-titles",
      "related:9",
      "film-lists:9",
      "film-slug:escape-2024",
      "person:1",
      "user:3",
      "user:4",
      "home",
      "charts",
    ]);
  });

  it("a film put back from the audit log: as a deletion, its pages at every slug and its reviewers' profiles", () => {
    expectTags(
      { kind: "film-restored", filmId: 9, slugs: ["escape-2024", "run-away-2024"], personIds: [1], memberIds: [3] },
      [
        "film:9",
        "film-details:9",
        "film-titles",
        "related:9",
        "film-lists:9",
        "film-slug:escape-2024",
        "film-slug:run-away-2024",
        "person:1",
        "user:3",
        "home",
        "charts",
      ],
    );
  });

  it("people edited or merged: each person by id and slug, and the films that credit them", () => {
    expectTags({ kind: "people-changed", personIds: [1, 2], slugs: ["bong-joon-ho", "bong-joon-ho-2"], filmIds: [9] }, [
      "person:1",
      "person:2",
      "person-slug:bong-joon-ho",
      "person-slug:bong-joon-ho-2",
      "film:9",
    ]);
  });

  it("a member blocked or unblocked: their profile", () => {
    expectTags({ kind: "member-access-changed", userId: 3 }, ["user:3"]);
  });

  it("a film added to or removed from a watchlist: the member's pages only, not the film's, which is everyone's", () => {
    expectTags({ kind: "watchlist-changed", userId: 3 }, ["user:3"]);
  });

  it("a member's list written: their lists pages, and the lists shown for each film it added or took away", () => {
    expectTags({ kind: "film-list-changed", userId: 3, filmIds: [9, 10] }, ["user:3", "film-lists:9", "film-lists:10"]);
  });

  it("a display name or bio changed: the profile, and each film page that shows the member's name by a review", () => {
    expectTags({ kind: "profile-changed", userId: 3, reviewedFilmIds: [9, 10] }, [
      "user:3",
      "film:9",
      "film:10",
      "home",
    ]);
  });

  it("a like given or taken back: the review wherever it shows, its author's and the liker's pages", () => {
    expectTags({ kind: "review-liked", filmId: 9, reviewId: 4, userId: 3, likerId: 5 }, [
      "film:9",
      "review:4",
      "user:3",
      "user:5",
      "home",
    ]);
  });

  it("a viewing logged or deleted: the member's diary and year pages, not their profile or the film's page", () => {
    expectTags({ kind: "diary-changed", userId: 3 }, ["diary:3"]);
  });

  it("a follow or unfollow: both members' follow counts and lists, nothing else of their profiles", () => {
    expectTags({ kind: "follow-changed", followerId: 3, followeeId: 5 }, ["follows:3", "follows:5"]);
  });

  it("an account deleted: its profile, the films it reviewed, listed or liked reviews of, its follows, the lists", () => {
    expectTags(
      {
        kind: "account-deleted",
        userId: 3,
        username: "Anna",
        reviewedFilmIds: [7, 9],
        followMemberIds: [5],
        listedFilmIds: [11],
        likedFilmIds: [12],
      },
      ["user:3", "username:anna", "film:7", "film:9", "follows:5", "film-lists:11", "film:12", "home", "charts"],
    );
  });

  it("ratings imported from Letterboxd: the member, each film rated, the lists", () => {
    expectTags({ kind: "ratings-imported", userId: 3, filmIds: [7, 9] }, [
      "user:3",
      "film:7",
      "film:9",
      "home",
      "charts",
    ]);
  });
});

/** An import of one of Next's invalidation functions (comments may name them). */
const NEXT_INVALIDATION_IMPORT =
  /import\s*\{[^}]*\b(updateTag|revalidateTag|revalidatePath)\b[^}]*\}\s*from\s*["']next\/cache["']/;

/** The project's files, without walking node_modules or build output (a walk of those took seconds). */
async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !(entry.isDirectory() && /^(node_modules|\.next.*|\.git|\.data)$/.test(entry.name)))
      .map((entry) => {
        const file = path.join(directory, entry.name);
        return entry.isDirectory() ? sourceFiles(file) : [file];
      }),
  );
  return nested.flat();
}

describe("the invalidation module", () => {
  it("is the only code that invalidates Next's cache", async () => {
    const sources = (await sourceFiles(".")).filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.includes(".test."));
    const callers = [];
    for (const file of sources) {
      if (NEXT_INVALIDATION_IMPORT.test(await readFile(file, "utf8"))) callers.push(file);
    }
    expect(callers).toEqual([path.join("app", "_data", "invalidation.ts")]);
  });
});
