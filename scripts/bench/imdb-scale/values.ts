// The text in the IMDb-scale files: titles, other titles in the region's language and script, people's names and
// characters. Made-up words mixed into the bench vocabulary keep most of 700,000 films and 14 million people apart,
// as real titles and names are, so slugs and match keys are about as varied as on a real import.
import { FIRST_NAMES, LAST_NAMES, TITLE_ADJECTIVES, TITLE_NOUNS, TITLE_PLACES } from "../scale-data/vocabulary";
import type { Random } from "./random";

/** "a b c" → ["a", "b", "c"]: word lists written as one line. */
export const words = (text: string) => text.split(" ");

const SYLLABLES = words(
  "ka ro mi len dar vo sel tor an bel ric ho mar ne si gan lu ber tan fel " +
    "ko vic es ra din mo sta ri wen gal ol ter na ski ul ma ren ve zo quin",
);

type Script = "latin" | "japanese" | "cyrillic" | "greek" | "chinese" | "korean" | "devanagari" | "arabic";

/** A few words per script; a title in one is two or three of them. */
const WORDS: Record<Exclude<Script, "latin">, string[]> = {
  japanese: words("夜 海 風 東京 物語 約束 最後の 少女 侍 夏 星 光 影 ミッドナイト ハーバー"),
  cyrillic: words("Тихий Последний Дом Река Лето Ночь Звезда Москва Граница Сердце Путь"),
  greek: words("Το Καλοκαίρι Νύχτα Θάλασσα Ταξίδι Σπίτι Ήλιος της"),
  chinese: words("夜 上海 故事 春天 江湖 英雄 月亮 之 城市 少年"),
  korean: words("밤 바다 서울 이야기 여름 사랑 마지막 별 집"),
  devanagari: words("रात प्रेम कहानी दिल सफ़र घर सपना"),
  arabic: words("الليل البحر قصة حب الطريق"),
};

const ACCENTED_WORDS = words(
  "Sueño Noche Été Rêve Träume Nächte Amor Coração Ölüm Łąka " +
    "Ciudad Città Straße Perdidos Déjà Ærø Íslendingur Žena Ősz Kärlek",
);

/** Each aka region's language, and the script its titles are written in when not Latin. */
const REGION_LANGUAGE: Record<string, { language: string; script?: Script }> = {
  US: { language: "en" },
  GB: { language: "en" },
  CA: { language: "fr" },
  AU: { language: "en" },
  XWW: { language: "en" },
  DE: { language: "de" },
  FR: { language: "fr" },
  ES: { language: "es" },
  MX: { language: "es" },
  AR: { language: "es" },
  IT: { language: "it" },
  BR: { language: "pt" },
  PT: { language: "pt" },
  JP: { language: "ja", script: "japanese" },
  RU: { language: "ru", script: "cyrillic" },
  SUHH: { language: "ru", script: "cyrillic" },
  UA: { language: "uk", script: "cyrillic" },
  RS: { language: "sr", script: "cyrillic" },
  GR: { language: "el", script: "greek" },
  CN: { language: "cmn", script: "chinese" },
  TW: { language: "cmn", script: "chinese" },
  HK: { language: "yue", script: "chinese" },
  KR: { language: "ko", script: "korean" },
  IN: { language: "hi", script: "devanagari" },
  TR: { language: "tr" },
  PL: { language: "pl" },
  HU: { language: "hu" },
  SE: { language: "sv" },
  FI: { language: "fi" },
  DK: { language: "da" },
  NO: { language: "no" },
  NL: { language: "nl" },
  CZ: { language: "cs" },
  RO: { language: "ro" },
};

const NON_LATIN_SCRIPTS = Object.keys(WORDS) as Exclude<Script, "latin">[];

/** IMDb's language code for an aka of this region, when it gives one. */
export function languageOf(region: string | null, random: Random) {
  return (region ? REGION_LANGUAGE[region]?.language : undefined) ?? random.pick(["en", "fr", "es", "qbn", "yi"]);
}

/** A capitalised made-up word: "Kavaro", "Selmiquin". */
function madeUpWord(random: Random) {
  let word = random.pick(SYLLABLES) + random.pick(SYLLABLES);
  if (random.chance(0.4)) word += random.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

function wordsIn(script: Exclude<Script, "latin">, random: Random) {
  const words = WORDS[script];
  const count = random.int(1, 3);
  const joiner = script === "japanese" || script === "chinese" ? "" : " ";
  let text = random.pick(words);
  for (let index = 1; index < count; index++) text += joiner + random.pick(words);
  return text;
}

/** A title as IMDb shows it, in English or made-up words, now and then a sequel. */
export function titleText(random: Random) {
  const draw = random.next();
  let title: string;
  if (draw < 0.2) title = `The ${random.pick(TITLE_ADJECTIVES)} ${random.pick(TITLE_NOUNS)}`;
  else if (draw < 0.35) title = `${random.pick(TITLE_NOUNS)} of ${random.pick(TITLE_PLACES)}`;
  else if (draw < 0.5) title = `${random.pick(TITLE_ADJECTIVES)} ${random.pick(TITLE_NOUNS)} in ${madeUpWord(random)}`;
  else if (draw < 0.7) title = madeUpWord(random);
  else if (draw < 0.8) title = `The ${madeUpWord(random)} ${random.pick(TITLE_NOUNS)}`;
  else if (draw < 0.9) title = `${random.pick(FIRST_NAMES)}'s ${random.pick(TITLE_NOUNS)}`;
  else title = `${madeUpWord(random)} ${random.pick(TITLE_PLACES)}`;
  return random.chance(0.03) ? `${title} ${random.pick(["2", "II", "3", "Part Two"])}` : title;
}

/** A title in a region's language: its script's words, or Latin words with their accents. */
export function localTitle(region: string | null, random: Random) {
  const script = (region ? REGION_LANGUAGE[region]?.script : undefined) ?? "latin";
  if (script !== "latin") return wordsIn(script, random);
  return random.chance(0.5) ? `${random.pick(ACCENTED_WORDS)} ${madeUpWord(random)}` : titleText(random);
}

/** An original title in another language than primaryTitle's: a fifth of them in a non-Latin script. */
export function originalTitleText(random: Random) {
  if (random.chance(0.2)) return wordsIn(random.pick(NON_LATIN_SCRIPTS), random);
  return `${random.pick(ACCENTED_WORDS)} ${random.pick(ACCENTED_WORDS).toLowerCase()}`;
}

export function episodeTitle(random: Random) {
  const draw = random.next();
  if (draw < 0.35) return `Episode #${random.int(1, 30)}.${random.int(1, 40)}`;
  if (draw < 0.45) return `Episode dated ${random.int(1, 28)} March ${random.int(1950, 2025)}`;
  return titleText(random);
}

/** A name in a non-Latin script for 3 % of people; otherwise Latin, with accents now and then. */
export function personName(random: Random) {
  if (random.chance(0.03)) return wordsIn(random.pick(NON_LATIN_SCRIPTS), random);
  const first = random.pick(FIRST_NAMES);
  const last = random.chance(0.35) ? random.pick(LAST_NAMES) : madeUpWord(random);
  if (random.chance(0.02)) return `${first} ${String.fromCharCode(65 + random.int(0, 25))}. ${last}`;
  return random.chance(0.005) ? `${first} ${last} Jr.` : `${first} ${last}`;
}

const GENERIC_PARTS = [
  "Police Officer",
  "Nurse",
  "Bartender",
  "Man in Bar",
  "Woman on Train",
  "Reporter",
  "Soldier",
  "Waitress",
  "Narrator (voice)",
  "Guard",
  "Himself",
  "Herself",
  "Doctor",
  "Taxi Driver",
];

export function characterName(random: Random) {
  const draw = random.next();
  if (draw < 0.55)
    return random.chance(0.4) ? `${random.pick(FIRST_NAMES)} ${madeUpWord(random)}` : random.pick(FIRST_NAMES);
  if (draw < 0.7) return `${random.pick(["Dr.", "Detective", "Mrs.", "Captain"])} ${random.pick(LAST_NAMES)}`;
  if (draw < 0.95)
    return random.chance(0.3) ? `${random.pick(GENERIC_PARTS)} #${random.int(1, 4)}` : random.pick(GENERIC_PARTS);
  // Nicknames come quoted, which JSON escapes: ["Jack \"The Knife\" Doyle"].
  return `${random.pick(FIRST_NAMES)} "${madeUpWord(random)}" ${random.pick(LAST_NAMES)}`;
}
