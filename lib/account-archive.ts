// The files of a member's archive (app/[locale]/settings/export.zip), shaped like Letterboxd's export so that members know them,
// and so that the Letterboxd import reads its ratings.csv, reviews.csv, diary.csv and watchlist.csv back unchanged.
import { toCsv } from "./csv";
import { listPath } from "./film-list-paths";
import { letterboxdExportCsv, letterboxdFilmCells, toLetterboxdRating, type ExportedReview } from "./letterboxd";
import { isoDay } from "./validation/diary";

type Film = ExportedReview["film"];
type Member = { username: string; displayName: string | null };

/** What the archive holds: readAccountArchive's answer (db/queries/account-archive.ts). */
export interface AccountArchive {
  profile: Member & { email: string; bio: string | null; createdAt: Date };
  ratings: ExportedReview[];
  revisions: { writtenAt: Date; rating: number; body: string | null; hasSpoilers: boolean; film: Film }[];
  diary: { loggedAt: Date; watchedOn: string; rewatch: boolean; rating: number | null; film: Film }[];
  watchlist: { addedAt: Date; film: Film }[];
  lists: {
    slug: string;
    title: string;
    description: string | null;
    ranked: boolean;
    isPublic: boolean;
    createdAt: Date;
    items: { position: number; note: string | null; film: Film }[];
  }[];
  following: (Member & { followedAt: Date })[];
  followers: (Member & { followedAt: Date })[];
  likes: { likedAt: Date; reviewId: number; author: { username: string; deletedAt: Date | null }; film: Film }[];
}

export interface ArchiveFile {
  name: string;
  text: string;
}

const yesOrNo = (isTrue: boolean) => (isTrue ? "Yes" : "No");

/** Every file of the archive, README.txt first; film addresses, as Letterboxd URIs, are on `site`. */
export function accountArchiveFiles(archive: AccountArchive, site: URL): ArchiveFile[] {
  const address = (path: string) => new URL(path, site).toString();
  const film = (row: { film: Film }) => letterboxdFilmCells(row.film, site);
  const { profile } = archive;
  return [
    { name: "README.txt", text: readme(profile.username, site) },
    {
      name: "profile.csv",
      text: toCsv(
        ["Date Joined", "Username", "Display Name", "Email Address", "Bio"],
        [[isoDay(profile.createdAt), profile.username, profile.displayName, profile.email, profile.bio]],
      ),
    },
    {
      // Every rating, written or not, as Letterboxd's ratings.csv; Tags holds "trash", which has no stars there.
      name: "ratings.csv",
      text: toCsv(
        ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Tags"],
        archive.ratings.map((row) => {
          const { rating, tags } = toLetterboxdRating(row.rating);
          return [isoDay(row.createdAt), ...film(row), rating, tags];
        }),
      ),
    },
    // As Letterboxd's reviews.csv, only the ratings with words.
    { name: "reviews.csv", text: letterboxdExportCsv(archive.ratings.filter(hasText), site) },
    {
      name: "review-revisions.csv",
      text: toCsv(
        ["Written At", "Name", "Year", "Letterboxd URI", "Rating", "Tags", "Review", "Spoilers"],
        archive.revisions.map((row) => {
          const { rating, tags } = toLetterboxdRating(row.rating);
          return [row.writtenAt.toISOString(), ...film(row), rating, tags, row.body, yesOrNo(row.hasSpoilers)];
        }),
      ),
    },
    {
      name: "diary.csv",
      text: toCsv(
        ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"],
        archive.diary.map((row) => {
          const { rating, tags } = row.rating === null ? { rating: "", tags: "" } : toLetterboxdRating(row.rating);
          // Letterboxd's diary writes Yes for a rewatch and nothing otherwise.
          return [isoDay(row.loggedAt), ...film(row), rating, row.rewatch ? "Yes" : "", tags, row.watchedOn];
        }),
      ),
    },
    {
      name: "watchlist.csv",
      text: toCsv(
        ["Date", "Name", "Year", "Letterboxd URI"],
        archive.watchlist.map((row) => [isoDay(row.addedAt), ...film(row)]),
      ),
    },
    ...archive.lists.map((list) => ({
      name: `lists/${list.slug}.csv`,
      // A private list has no address anyone can open.
      text: listCsv(list, list.isPublic ? address(listPath(profile.username, list.slug)) : "", site),
    })),
    { name: "following.csv", text: membersCsv(archive.following, address) },
    { name: "followers.csv", text: membersCsv(archive.followers, address) },
    {
      name: "likes.csv",
      text: toCsv(
        ["Date", "Name", "Year", "Letterboxd URI", "Review By", "Review URL"],
        archive.likes.map((row) => [
          isoDay(row.likedAt),
          ...film(row),
          row.author.deletedAt ? "Deleted member" : row.author.username,
          address(`/reviews/${row.reviewId}`),
        ]),
      ),
    },
  ];
}

function hasText(review: ExportedReview) {
  return review.body !== null;
}

/**
 * As Letterboxd writes a list: a line naming the format, the list's own row, an empty line, then its films in order,
 * each with its note under Letterboxd's name for it, Description.
 */
function listCsv(list: AccountArchive["lists"][number], url: string, site: URL) {
  const details = toCsv(
    ["Date", "Name", "URL", "Description", "Ranked", "Public"],
    [[isoDay(list.createdAt), list.title, url, list.description, yesOrNo(list.ranked), yesOrNo(list.isPublic)]],
  );
  const films = toCsv(
    ["Position", "Name", "Year", "URL", "Description"],
    list.items.map((item) => [item.position, ...letterboxdFilmCells(item.film, site), item.note]),
  );
  return `Marquee list export v1\r\n${details}\r\n${films}`;
}

function membersCsv(members: AccountArchive["following"], address: (path: string) => string) {
  return toCsv(
    ["Date", "Username", "Display Name", "URL"],
    members.map((row) => [isoDay(row.followedAt), row.username, row.displayName, address(`/users/${row.username}`)]),
  );
}

function readme(username: string, site: URL) {
  return `Everything @${username} wrote on Marquee (${site.origin}), as of this download.

The files are CSV (UTF-8, every cell quoted), shaped like Letterboxd's export. Films are named by Name and Year, and
by their address on Marquee under "Letterboxd URI". Ratings are Letterboxd's half stars, 0.5 to 5; a "trash" rating has
no stars and the tag "trash". A cell that would start a spreadsheet formula (= + - @) starts with an apostrophe.

profile.csv           Your username, display name, email address, bio and the day you joined.
ratings.csv           Every film you rated, with or without words, and the day you first rated it.
reviews.csv           Your reviews with words: the rating, the text, and whether it has spoilers.
review-revisions.csv  Every earlier version of your reviews, with when it was written.
diary.csv             Every viewing in your diary: the day you watched the film (Watched Date), whether it was a
                      rewatch, and the rating you gave it that day; Date is the day you logged it.
watchlist.csv         The films on your watchlist, with the day you added each.
lists/                One file per list, public and private: the list's title (Name), description, whether it is
                      ranked and public, then its films by position, each with your note (Description).
following.csv         The members you follow, since when.
followers.csv         The members who follow you, since when.
likes.csv             The reviews you liked: their film, their author and their address.

Settings > Your data > Import reads ratings.csv, reviews.csv, diary.csv and watchlist.csv back, here or on another
Marquee; importing them into this account again changes nothing.
`.replace(/\n/g, "\r\n");
}
