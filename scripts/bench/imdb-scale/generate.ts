// Generates IMDb's five non-commercial files (title.basics, title.akas, title.principals, title.crew, name.basics)
// as gzipped TSV, in IMDb's columns and proportions (shape.ts), at any fraction of their real size: at scale 1,
// 11 million titles of which about 700,000 films. Deterministic: a seed gives the same files.
import path from "node:path";
import { Random } from "./random";
import {
  ANYONE_SHARE,
  DANGLING_PERSON,
  FULL_SCALE_TITLES,
  PEOPLE_PER_TITLE,
  PROFESSIONS,
  REGULARS_SHARE_OF_PEOPLE,
  REGULARS_SKEW,
  TITLE_TYPE_PICK,
} from "./shape";
import { TitleRowDrawer, type MovieOutcome } from "./title-rows";
import { TsvWriter, type WrittenFile } from "./tsv-writer";
import { personName, words } from "./values";

/** Each file's columns, as IMDb names them. */
const COLUMNS = {
  "title.basics": words("tconst titleType primaryTitle originalTitle isAdult startYear endYear runtimeMinutes genres"),
  "title.akas": words("titleId ordering title region language types attributes isOriginalTitle"),
  "title.principals": words("tconst ordering nconst category job characters"),
  "title.crew": words("tconst directors writers"),
  "name.basics": words("nconst primaryName birthYear deathYear primaryProfession knownForTitles"),
};

/** How often the generator checks that zlib keeps up, in titles or people. */
const KEEP_PACE_EVERY = 1024;
const PROGRESS_STEPS = 10;
const NULL = "\\N";

export interface GeneratedImdbFiles {
  dir: string;
  titles: number;
  people: number;
  files: WrittenFile[];
  titleTypes: Record<string, number>;
  /** The films ("movie" titles) by what the importer will do with them: only the importable ones become films. */
  movies: Record<MovieOutcome, number>;
  seconds: number;
}

export function titlesAtScale(scale: number) {
  return Math.max(1, Math.round(FULL_SCALE_TITLES * scale));
}

/** IMDb pads ids to seven digits: tt0000001, nm0000001, tt10000001. */
const imdbId = (prefix: string, number: number) => `${prefix}${String(number).padStart(7, "0")}`;

function writerFor(dir: string, name: keyof typeof COLUMNS) {
  return new TsvWriter(name, path.join(dir, `${name}.tsv.gz`), COLUMNS[name]);
}

/** Who a credit goes to: anyone now and then, mostly a regular, rarely someone name.basics lacks. */
function personPicker(random: Random, people: number) {
  const regulars = Math.max(1, Math.round(people * REGULARS_SHARE_OF_PEOPLE));
  return () => {
    if (random.chance(DANGLING_PERSON)) return imdbId("nm", people + random.int(1, 1000));
    if (random.chance(ANYONE_SHARE)) return imdbId("nm", random.int(1, people));
    return imdbId("nm", 1 + Math.floor(regulars * random.next() ** REGULARS_SKEW));
  };
}

async function writeTitleFiles(dir: string, titles: number, people: number, seed: number, onProgress: Progress) {
  const random = new Random(seed);
  const files = {
    basics: writerFor(dir, "title.basics"),
    akas: writerFor(dir, "title.akas"),
    principals: writerFor(dir, "title.principals"),
    crew: writerFor(dir, "title.crew"),
  };
  const writers = Object.values(files);
  const drawer = new TitleRowDrawer(random, personPicker(random, people), files);
  const titleTypes: Record<string, number> = {};
  const movies: Record<MovieOutcome, number> = { importable: 0, adult: 0, "without year": 0, overlong: 0 };
  let tconstNumber = 0;
  for (let index = 1; index <= titles; index++) {
    // IMDb's ids have gaps (titles deleted or merged).
    tconstNumber += random.chance(0.1) ? random.int(2, 5) : 1;
    const type = random.pickWeighted(TITLE_TYPE_PICK);
    const outcome = drawer.draw(imdbId("tt", tconstNumber), type);
    titleTypes[type] = (titleTypes[type] ?? 0) + 1;
    if (outcome) movies[outcome]++;
    if (index % KEEP_PACE_EVERY === 0) for (const writer of writers) await writer.keepPace();
    if (index % Math.ceil(titles / PROGRESS_STEPS) === 0) onProgress(`titles: ${Math.round((100 * index) / titles)} %`);
  }
  return { files: await Promise.all(writers.map((writer) => writer.close())), titleTypes, movies, tconstNumber };
}

async function writeNameFile(dir: string, people: number, lastTconst: number, seed: number) {
  const random = new Random(seed);
  const names = writerFor(dir, "name.basics");
  for (let number = 1; number <= people; number++) {
    const birthYear = random.chance(0.2) ? random.int(1850, 2010) : undefined;
    const deathYear =
      birthYear !== undefined && birthYear < 1950 && random.chance(0.5)
        ? Math.min(2025, birthYear + random.int(30, 95))
        : NULL;
    const professions = random.chance(0.08)
      ? NULL
      : [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(PROFESSIONS)))].join(",");
    const knownFor = random.chance(0.15)
      ? NULL
      : Array.from({ length: random.int(1, 4) }, () => imdbId("tt", random.int(1, lastTconst))).join(",");
    names.add(
      `${imdbId("nm", number)}\t${personName(random)}\t${birthYear ?? NULL}\t${deathYear}\t${professions}\t${knownFor}`,
    );
    if (number % KEEP_PACE_EVERY === 0) await names.keepPace();
  }
  return names.close();
}

type Progress = (message: string) => void;

/** Writes the five files into `dir` (which must exist) for `titles` titles and their proportion of people. */
export async function generateImdbFiles(
  dir: string,
  { titles, seed = 19, onProgress = () => {} }: { titles: number; seed?: number; onProgress?: Progress },
): Promise<GeneratedImdbFiles> {
  const started = performance.now();
  const people = Math.max(1, Math.round(titles * PEOPLE_PER_TITLE));
  const titleFiles = await writeTitleFiles(dir, titles, people, seed, onProgress);
  onProgress(`names: ${people.toLocaleString("en")} people`);
  const nameFile = await writeNameFile(dir, people, titleFiles.tconstNumber, seed + 1);
  return {
    dir,
    titles,
    people,
    files: [...titleFiles.files, nameFile],
    titleTypes: titleFiles.titleTypes,
    movies: titleFiles.movies,
    seconds: (performance.now() - started) / 1000,
  };
}
