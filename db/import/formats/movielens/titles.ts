// MovieLens writes titles as "City of Lost Children, The (Cité des enfants perdus, La) (1995)": the article moved
// to the end, other titles in parentheses, the year last.
import { cleanText } from "../../text";

const TRAILING_ARTICLE =
  /^(.+), (The|A|An|Les|La|Le|L'|Il|Lo|Gli|I|Die|Der|Das|Den|Det|De|Het|El|Los|Las|Un|Une|Una|O|Os|As|En|Ein|Eine)$/;

/** "Postman, The" → "The Postman"; "Avventura, L'" → "L'Avventura". */
function withLeadingArticle(title: string) {
  const match = TRAILING_ARTICLE.exec(title);
  if (!match) return title;
  const [, rest, article] = match;
  return article!.endsWith("'") ? `${article}${rest}` : `${article} ${rest}`;
}

interface MovieLensTitle {
  title: string;
  /** Undefined when the title has no "(year)" (a few series and late additions). */
  year?: number;
  /** Original or other titles given in parentheses, "a.k.a." removed. */
  otherTitles: string[];
}

export function parseMovieLensTitle(raw: string): MovieLensTitle {
  let rest = cleanText(raw);
  // A series is dated by its run ("(2006–2007)"): its first year is the one to keep.
  const yearMatch = /^(.+?)\s*\((\d{4})(?:[–-]\d{4})?\)$/.exec(rest);
  if (yearMatch) rest = yearMatch[1]!;
  const otherTitles: string[] = [];
  for (let match = /^(.+?)\s*\(([^()]+)\)$/.exec(rest); match; match = /^(.+?)\s*\(([^()]+)\)$/.exec(rest)) {
    otherTitles.unshift(withLeadingArticle(match[2]!.replace(/^a\.k\.a\.\s*/i, "").trim()));
    rest = match[1]!;
  }
  return { title: withLeadingArticle(rest), year: yearMatch ? Number(yearMatch[2]) : undefined, otherTitles };
}
