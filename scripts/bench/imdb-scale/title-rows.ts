// One title's rows in title.basics, title.akas, title.principals and title.crew, drawn in one go so that the files
// agree (the crew's directors are the principals' directors, the first aka is the original title).
import type { Random } from "./random";
import type { RowSink } from "./tsv-writer";
import {
  AKA_ATTRIBUTES,
  AKA_REGIONS,
  AKA_SAME_AS_TITLE,
  AKA_TYPES,
  AKA_WITH_ATTRIBUTES,
  AKA_WITH_LANGUAGE,
  CAST_CATEGORIES,
  GENRES,
  MOVIE_OVERLONG,
  MOVIE_UPCOMING,
  MOVIE_WITHOUT_RUNTIME,
  MOVIE_WITHOUT_YEAR,
  ORIGINAL_TITLE_DIFFERS,
  OTHER_PRINCIPAL_CATEGORIES,
  TITLE_TYPES,
  WITHOUT_GENRES,
} from "./shape";
import { characterName, episodeTitle, languageOf, localTitle, originalTitleText, titleText } from "./values";

const NULL = "\\N";
const LATEST_YEAR = 2025;
const EARLIEST_YEAR = 1890;
const YEARS_BACK = 18;
const OLD_TITLES = 0.1;

/** What became of a film, as the importer will count it. */
export type MovieOutcome = "importable" | "adult" | "without year" | "overlong";

export interface TitleFiles {
  basics: RowSink;
  akas: RowSink;
  principals: RowSink;
  crew: RowSink;
}

/**
 * Most titles are recent: the years thin out going back from now (half of them since about 2012), and a tenth
 * are spread evenly back to 1890.
 */
function pastYear(random: Random) {
  if (random.chance(OLD_TITLES)) return random.int(EARLIEST_YEAR, LATEST_YEAR);
  return Math.max(EARLIEST_YEAR, LATEST_YEAR - random.count(YEARS_BACK));
}

function movieYear(random: Random) {
  if (random.chance(MOVIE_WITHOUT_YEAR)) return undefined;
  return random.chance(MOVIE_UPCOMING) ? LATEST_YEAR + random.int(1, 4) : pastYear(random);
}

function runtime(type: string, random: Random) {
  if (type === "movie") {
    if (random.chance(MOVIE_WITHOUT_RUNTIME)) return NULL;
    if (random.chance(MOVIE_OVERLONG)) return String(random.int(6_001, 60_000));
    const draw = random.next();
    return String(draw < 0.15 ? random.int(40, 69) : draw < 0.95 ? random.int(70, 150) : random.int(151, 400));
  }
  if (random.chance(0.55)) return NULL;
  return String(type === "short" || type === "tvShort" ? random.int(1, 40) : random.int(10, 90));
}

function genres(isAdult: boolean, random: Random) {
  if (random.chance(WITHOUT_GENRES)) return NULL;
  const picked = new Set(isAdult ? ["Adult"] : []);
  const count = random.int(1, 3);
  while (picked.size < count) picked.add(random.pickWeighted(GENRES));
  return [...picked].join(",");
}

function addAkas(akas: RowSink, tconst: string, title: string, originalTitle: string, count: number, random: Random) {
  for (let ordering = 1; ordering <= count; ordering++) {
    if (ordering === 1) {
      akas.add(`${tconst}\t1\t${originalTitle}\t${NULL}\t${NULL}\toriginal\t${NULL}\t1`);
      continue;
    }
    const region = random.pickWeighted(AKA_REGIONS);
    const akaTitle = random.chance(AKA_SAME_AS_TITLE) ? title : localTitle(region, random);
    const language = random.chance(AKA_WITH_LANGUAGE) ? languageOf(region, random) : NULL;
    const types = random.pickWeighted(AKA_TYPES) ?? NULL;
    const attributes = random.chance(AKA_WITH_ATTRIBUTES) ? random.pick(AKA_ATTRIBUTES) : NULL;
    akas.add(`${tconst}\t${ordering}\t${akaTitle}\t${region ?? NULL}\t${language}\t${types}\t${attributes}\t0`);
  }
}

function characters(category: string, random: Random) {
  if (category === "self") return JSON.stringify([random.pick(["Self", "Self", "Self - Host", "Self - Guest"])]);
  if (category === "archive_footage") return random.chance(0.7) ? '["Self"]' : NULL;
  if (category === "archive_sound" || random.chance(0.08)) return NULL;
  const parts = random.chance(0.06) ? [characterName(random), characterName(random)] : [characterName(random)];
  return JSON.stringify(parts);
}

function job(category: string, random: Random) {
  if (category === "producer") return random.pick(["producer", "executive producer", "co-producer", NULL]);
  if (category === "writer")
    return random.chance(0.5) ? NULL : random.pick(["screenplay", "novel", "story", "written by"]);
  return NULL;
}

/**
 * Draws each title's rows into the files; `person()` names who a credit goes to. Titles come in tconst order, as
 * IMDb sorts its files.
 */
export class TitleRowDrawer {
  constructor(
    private readonly random: Random,
    private readonly person: () => string,
    private readonly files: TitleFiles,
  ) {}

  /** Returns, for a film, what the importer will do with it. */
  draw(tconst: string, type: string): MovieOutcome | undefined {
    const { random } = this;
    const shape = TITLE_TYPES[type]!;
    const isMovie = type === "movie";
    const isAdult = random.chance(shape.adult);
    const title = type === "tvEpisode" ? episodeTitle(random) : titleText(random);
    const originalTitle = random.chance(ORIGINAL_TITLE_DIFFERS) ? originalTitleText(random) : title;
    const year = isMovie ? movieYear(random) : random.chance(0.05) ? undefined : pastYear(random);
    const endYear = type === "tvSeries" && year !== undefined && random.chance(0.6) ? year + random.int(0, 12) : NULL;
    const minutes = runtime(type, random);
    this.files.basics.add(
      `${tconst}\t${type}\t${title}\t${originalTitle}\t${isAdult ? 1 : 0}\t${year ?? NULL}\t${endYear}\t${minutes}\t${genres(isAdult, random)}`,
    );
    addAkas(this.files.akas, tconst, title, originalTitle, random.count(shape.akas, 200), random);
    this.addCredits(tconst, random.count(shape.principals, 120));

    if (!isMovie) return undefined;
    if (isAdult) return "adult";
    if (year === undefined) return "without year";
    return Number(minutes) > 6_000 ? "overlong" : "importable";
  }

  /** The principals, cast first as IMDb orders them, and the crew row naming the same directors and writers. */
  private addCredits(tconst: string, count: number) {
    const { random } = this;
    const directors = random.chance(0.05) ? [] : random.chance(0.07) ? [this.person(), this.person()] : [this.person()];
    const writers = Array.from({ length: random.count(1.3, 6) }, () =>
      directors.length > 0 && random.chance(0.3) ? directors[0]! : this.person(),
    );
    const cast: string[] = [];
    const otherCrew: string[] = [];
    for (let slot = directors.length + writers.length; slot < count; slot++) {
      const category = random.pickWeighted(OTHER_PRINCIPAL_CATEGORIES);
      (CAST_CATEGORIES.has(category) ? cast : otherCrew).push(category);
    }
    let ordering = 0;
    const add = (nconst: string, category: string, characterCell = NULL) =>
      this.files.principals.add(
        `${tconst}\t${++ordering}\t${nconst}\t${category}\t${job(category, random)}\t${characterCell}`,
      );
    for (const category of cast) add(this.person(), category, characters(category, random));
    for (const nconst of directors) add(nconst, "director");
    for (const nconst of new Set(writers)) add(nconst, "writer");
    for (const category of otherCrew) add(this.person(), category);

    // The crew file lists a few more directors and writers than the principals do.
    if (random.chance(0.1)) directors.push(this.person());
    if (random.chance(0.2)) writers.push(this.person());
    const list = (nconsts: string[]) => (nconsts.length > 0 ? [...new Set(nconsts)].join(",") : NULL);
    this.files.crew.add(`${tconst}\t${list(directors)}\t${list(writers)}`);
  }
}
