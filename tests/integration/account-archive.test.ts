// The member's archive, /settings/export.zip: theirs alone, every file there, every row of theirs in it and nobody
// else's, private lists and earlier versions of reviews included. (Read back by the import: letterboxd-import.test.ts.)
import { parse } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as downloadArchive } from "@/app/[locale]/settings/export.zip/route";
import { findAccountById } from "@/db/queries/users";
import { siteUrl } from "@/lib/site";
import { rateLimits } from "@/lib/rate-limits";
import { signedInAs } from "../support/action-stubs";
import { dropStagedFilms, stageArchiveMembers } from "../support/archive-fixtures";
import { awayFromWindowEnd } from "../support/rate-limit-window";

vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
// Outside a request, Next's connection() has nothing to wait for.
vi.mock("next/server", async (original) => ({ ...(await original()), connection: async () => {} }));

const staged: number[] = [];
afterAll(() => dropStagedFilms(staged));

async function stage() {
  const scene = await stageArchiveMembers();
  staged.push(...scene.filmIds);
  return scene;
}

/** The archive as the member downloads it, signed in with their account as it is stored; or as a visitor. */
async function downloadAs(userId: number | undefined) {
  signedInAs(userId ? await findAccountById(userId) : undefined);
  return downloadArchive();
}

/** The archive's files by name, as text. */
async function filesOf(response: Response) {
  const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** A CSV's records, each by its header's names. */
function recordsOf(csv: string | undefined): Record<string, string>[] {
  return parse(csv ?? "", { columns: true, skip_empty_lines: true });
}

/** A list's file, as Letterboxd writes one: a line naming the format, the list's row, an empty line, its films. */
function listFileOf(text = "") {
  const firstBreak = text.indexOf("\r\n");
  const [list, items] = text.slice(firstBreak + 2).split("\r\n\r\n");
  return { formatLine: text.slice(0, firstBreak), list: recordsOf(list), items: recordsOf(items) };
}

const address = (path: string) => new URL(path, siteUrl()).toString();

describe("downloading everything a member wrote", () => {
  it("refuses a visitor, saying why, and is never cached", async () => {
    const response = await downloadAs(undefined);

    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toBe("Sign in to download your data.");
  });

  it("holds every file, with the member's own rows and nobody else's", async () => {
    const { ann, ben, carl, films, benReviewId } = await stage();

    const response = await downloadAs(ann.id);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="marquee-${ann.username}-\\d{4}-\\d\\d-\\d\\d\\.zip"$`),
    );
    const files = await filesOf(response);
    expect(Object.keys(files).sort()).toEqual(
      [
        "README.txt",
        "profile.csv",
        "ratings.csv",
        "reviews.csv",
        "review-revisions.csv",
        "diary.csv",
        "watchlist.csv",
        "lists/best-of-ann.csv",
        "lists/secret-picks.csv",
        "following.csv",
        "followers.csv",
        "likes.csv",
      ].sort(),
    );
    expect(files["README.txt"]).toContain("review-revisions.csv");

    expect(recordsOf(files["profile.csv"])).toEqual([
      {
        "Date Joined": ann.createdAt.toISOString().slice(0, 10),
        Username: ann.username,
        "Display Name": "Ann Archive",
        "Email Address": ann.email,
        // Read back as written, once the apostrophe that keeps a spreadsheet from running it is taken off.
        Bio: "'=Films, mostly.",
      },
    ]);
    const uri = (film: { slug: string }) => address(`/films/${film.slug}`);
    expect(recordsOf(files["ratings.csv"]).map((row) => [row["Letterboxd URI"], row.Rating, row.Tags])).toEqual([
      [uri(films.rated), "3.5", ""],
      [uri(films.trash), "", "trash"],
      [uri(films.edited), "4", ""],
    ]);
    expect(recordsOf(files["reviews.csv"]).map((row) => [row["Letterboxd URI"], row.Review, row.Spoilers])).toEqual([
      [uri(films.trash), "Awful.\r\nTruly.", "No"],
      [uri(films.edited), "Second take.", "Yes"],
    ]);
    expect(recordsOf(files["review-revisions.csv"])).toEqual([
      expect.objectContaining({ Name: films.edited.title, Rating: "3", Review: "First take.", Spoilers: "No" }),
    ]);
    expect(
      recordsOf(files["diary.csv"]).map((row) => [row.Name, row["Watched Date"], row.Rating, row.Rewatch, row.Tags]),
    ).toEqual([
      [films.rated.title, "2026-03-01", "2.5", "", ""],
      [films.rated.title, "2026-03-01", "", "Yes", ""],
      [films.edited.title, "2026-04-02", "", "", "trash"],
    ]);
    expect(recordsOf(files["watchlist.csv"]).map((row) => [row.Date, row.Name])).toEqual([
      ["2025-06-07", films.trash.title],
      [expect.stringMatching(/^\d{4}-\d\d-\d\d$/), films.watchlisted.title],
    ]);
    expect(recordsOf(files["following.csv"])).toEqual([
      expect.objectContaining({
        Username: ben.username,
        "Display Name": "Ben",
        URL: address(`/users/${ben.username}`),
      }),
    ]);
    expect(recordsOf(files["followers.csv"])).toEqual([expect.objectContaining({ Username: carl.username })]);
    expect(recordsOf(files["likes.csv"])).toEqual([
      expect.objectContaining({
        Name: films.rated.title,
        "Review By": ben.username,
        "Review URL": address(`/reviews/${benReviewId}`),
      }),
    ]);

    const everything = Object.values(files).join("\n");
    for (const othersOwn of ["Ben's own words.", "Ben's Own List", "Ben's note.", "2026-05-05"])
      expect(everything).not.toContain(othersOwn);
  });

  it("includes the member's private lists as well as their public ones, each film with its position and note", async () => {
    const { ann, films } = await stage();

    const files = await filesOf(await downloadAs(ann.id));

    const [best, secret] = [listFileOf(files["lists/best-of-ann.csv"]), listFileOf(files["lists/secret-picks.csv"])];
    expect(best.formatLine).toBe("Marquee list export v1");
    expect(best.list).toEqual([
      expect.objectContaining({
        Name: "Best of Ann",
        URL: address(`/users/${ann.username}/lists/best-of-ann`),
        Description: "'=Best first.",
        Ranked: "Yes",
        Public: "Yes",
      }),
    ]);
    expect(best.items).toEqual([
      {
        Position: "1",
        Name: films.edited.title,
        Year: "2097",
        URL: address(`/films/${films.edited.slug}`),
        Description: 'Top, "quoted".',
      },
      {
        Position: "2",
        Name: films.rated.title,
        Year: "2097",
        URL: address(`/films/${films.rated.slug}`),
        Description: "",
      },
    ]);
    // A private list has no address anyone could open.
    expect(secret.list).toEqual([
      expect.objectContaining({ Name: "Secret Picks", URL: "", Ranked: "No", Public: "No" }),
    ]);
    expect(secret.items).toEqual([expect.objectContaining({ Name: films.trash.title, Description: "Guilty." })]);
  });

  it(`refuses a member's downloads past ${rateLimits.accountArchivesPerUser.max} an hour`, async () => {
    const { carl } = await stage();
    await awayFromWindowEnd(rateLimits.accountArchivesPerUser);
    for (let attempt = 0; attempt < rateLimits.accountArchivesPerUser.max; attempt += 1)
      expect((await downloadAs(carl.id)).status).toBe(200);

    const refused = await downloadAs(carl.id);

    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe(rateLimits.accountArchivesPerUser.message);
  });
});
