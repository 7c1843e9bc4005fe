// The bench's searches for people's names (scripts/bench/name-search.ts) and the other names its scale data gives
// people (scripts/bench/scale-data/generate.ts): the queries are the ones issue #19 describes, and they find the person.
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { searchPeople } from "@/db/queries/search";
import { reorderWords, respellShortWord } from "@/scripts/bench/name-search";
import { generateOtherNames } from "@/scripts/bench/scale-data/generate";

async function slugsFound(text: string) {
  return (await searchPeople(text, { page: 1, pageSize: 8 })).people.map((person) => person.slug);
}

describe("the bench's name queries", () => {
  it("spell the first word of two or three letters one letter off, as another romanisation would", () => {
    expect(respellShortWord("koo kyo hwan")).toBe("goo kyo hwan");
    expect(respellShortWord("lee jong pil")).toBe("ree jong pil");
    expect(respellShortWord("bong joon ho")).toBe("bong joon hu");
    // Eva spelled Iva would be another name: a word with no letter romanisations spell two ways is left as it is.
    expect(respellShortWord("eva novak")).toBe("eva novak");
  });

  it("move the first word last", () => {
    expect(reorderWords("Lee Jong-pil")).toBe("jong-pil lee");
  });

  it.each([
    ["bong joon ho", "bong-joon-ho"],
    ["lee jong pil", "lee-jong-pil"],
  ])("find the person of the demo catalogue when built from %j", async (key, slug) => {
    expect(await slugsFound(respellShortWord(key))).toContain(slug);
    expect(await slugsFound(reorderWords(key))).toContain(slug);
  });
});

describe("the other names the scale data gives people", () => {
  it("are the other romanisation of romanised names and the native script of generated ones, and no others", async () => {
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql
        .begin(async (tx) => {
          const people = await tx<{ id: number; name: string }[]>`
            insert into people (slug, name)
            values ('bench-koo-kyo-hwan', 'Koo Kyo-hwan'), ('bench-sean-young', 'Sean Young'),
                   ('bench-kim-lian-van-der-meij', 'Kim-Lian van der Meij'), ('bench-jiho-kim', 'Jiho Kim')
            returning id, name`;
          await generateOtherNames(tx);
          const found = await tx<{ person: string; name: string; kind: string }[]>`
            select p.name as person, n.name, n.kind::text from person_names n join people p on p.id = n.person_id
            where p.id = any (${people.map((person) => person.id)}::int[]) order by p.name, n.kind, n.name`;
          // Leave the shared test database as it was.
          throw new RolledBack(found);
        })
        .catch((error: unknown) => {
          if (error instanceof RolledBack) return error.rows;
          throw error;
        });
      expect(rows).toEqual([
        { person: "Jiho Kim", name: "Jiho Gim", kind: "romanisation" },
        { person: "Jiho Kim", name: "김지호", kind: "native" },
        { person: "Koo Kyo-hwan", name: "Koo Gyo-hwan", kind: "romanisation" },
      ]);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});

class RolledBack extends Error {
  constructor(readonly rows: unknown[]) {
    super("rolled back");
  }
}
