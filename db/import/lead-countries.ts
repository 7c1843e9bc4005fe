// Where a film is from, read from the first sentence of its Wikipedia article: "Chennai Express is a 2013 Indian
// Hindi-language action comedy film", "… is a 1999 British-American drama film". Wikipedia's lists of American films
// also hold foreign films released in the US, so the list a film came from says nothing of its country.

/** Demonyms as leads write them, most common first, to the ISO codes the catalogue stores. */
const COUNTRY_BY_DEMONYM: Record<string, string> = {
  american: "US",
  british: "GB",
  english: "GB",
  scottish: "GB",
  welsh: "GB",
  canadian: "CA",
  french: "FR",
  australian: "AU",
  german: "DE",
  "west german": "DE",
  "east german": "DD",
  indian: "IN",
  italian: "IT",
  spanish: "ES",
  japanese: "JP",
  "south korean": "KR",
  korean: "KR",
  irish: "IE",
  mexican: "MX",
  israeli: "IL",
  "hong kong": "HK",
  chinese: "CN",
  taiwanese: "TW",
  "new zealand": "NZ",
  "south african": "ZA",
  swedish: "SE",
  danish: "DK",
  norwegian: "NO",
  finnish: "FI",
  icelandic: "IS",
  dutch: "NL",
  belgian: "BE",
  swiss: "CH",
  austrian: "AT",
  russian: "RU",
  soviet: "SU",
  polish: "PL",
  czech: "CZ",
  czechoslovak: "CS",
  hungarian: "HU",
  romanian: "RO",
  yugoslav: "YU",
  greek: "GR",
  turkish: "TR",
  portuguese: "PT",
  brazilian: "BR",
  argentine: "AR",
  argentinian: "AR",
  chilean: "CL",
  colombian: "CO",
  cuban: "CU",
  peruvian: "PE",
  filipino: "PH",
  indonesian: "ID",
  thai: "TH",
  vietnamese: "VN",
  pakistani: "PK",
  iranian: "IR",
  egyptian: "EG",
  lebanese: "LB",
  nigerian: "NG",
  emirati: "AE",
  "puerto rican": "PR",
};

// The words between "is a[n] [year]" and the kind of work: "Indian Hindi-language action comedy".
const DESCRIPTION =
  /\b(?:is|was) an? (?:\d{4} )?([^.;:()]{0,120}?)\b(?:films?|movies?|serials?|documentar(?:y|ies)|shorts?|cartoons?)\b/i;
// "English-language", "Hindi-language": the language a film is in, not where it is from.
const LANGUAGE_WORD = /\S+-language\b/gi;

/** The ISO codes of the countries a lead sentence names, in its order; none when it names no country. */
export function countriesFromLead(extract: string | undefined): string[] {
  const description = extract && DESCRIPTION.exec(extract.split(/\.\s/)[0]!)?.[1];
  if (!description) return [];
  const words = description
    .replace(LANGUAGE_WORD, " ")
    .toLowerCase()
    .split(/[\s\-–/]+/)
    .filter(Boolean);
  const codes: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const pair = `${words[index]} ${words[index + 1]}`;
    const code = COUNTRY_BY_DEMONYM[pair] ?? COUNTRY_BY_DEMONYM[words[index]!];
    if (COUNTRY_BY_DEMONYM[pair]) index += 1;
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
