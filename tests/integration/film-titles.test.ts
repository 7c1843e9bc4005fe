import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listTitlesMaybeIn } from "@/db/queries/film-titles";
import { filmTitles } from "@/db/schema";
import { titleInLanguage } from "@/lib/film-languages";
import { createFilm } from "../support/factories";

describe("listTitlesMaybeIn", () => {
  it("reads, for many films at once, the released titles a language's reader may know them by", async () => {
    const [first, second, third] = await Promise.all([createFilm(), createFilm(), createFilm()]);
    await getDb()
      .insert(filmTitles)
      .values([
        { filmId: first!.id, title: "Pracovní", kind: "working", language: "cs" },
        { filmId: first!.id, title: "První", language: "cs-CZ" },
        { filmId: first!.id, title: "Erste", language: "de", countryCode: "DE" },
        { filmId: second!.id, title: "Z Česka", countryCode: "CZ" },
        { filmId: second!.id, title: "Csángó", language: "csb" },
        { filmId: third!.id, title: "Third", language: "en" },
        { filmId: third!.id, title: "Talju", language: "ko-Latn", countryCode: "KR" },
        { filmId: third!.id, title: "탈주", language: "KO-kr" },
      ]);
    const rows = await listTitlesMaybeIn([first!.id, second!.id, third!.id], { language: "cs", countries: ["CZ"] });
    expect(rows.map((row) => row.title).sort()).toEqual(["První", "Z Česka"]);
    expect(
      titleInLanguage(
        rows.filter((row) => row.filmId === second!.id),
        "cs",
      )?.title,
    ).toBe("Z Česka");
    // A romanisation is not the title a Korean reader knows, even when released in Korea.
    const korean = await listTitlesMaybeIn([third!.id], { language: "ko", countries: ["KR"] });
    expect(korean.map((row) => row.title)).toEqual(["탈주"]);
    expect(await listTitlesMaybeIn([], { language: "cs", countries: ["CZ"] })).toEqual([]);
  });
});
