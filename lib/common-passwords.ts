// The blocklist NIST 800-63B asks a new password to be checked against: passwords common in breaches, trivial
// patterns, and words tied to this service or member. Only server code imports it (the sign-up and settings
// actions, scripts), so the list never reaches a browser bundle.
import commonPasswordList from "./data/common-passwords.json";

// Lower-cased, and only those of 10 or more characters: shorter ones are refused for their length. See lib/data/README.md.
const commonPasswords = new Set<string>(commonPasswordList);

const SERVICE_NAME = "marquee";

// A password without its context words must still be as long as the shortest password accepted: the words add
// nothing an attacker who knows the member would have to guess.
const MIN_LENGTH_WITHOUT_CONTEXT = 10;

// Words shorter than this occur by chance inside ordinary passphrases ("ann" in "planning").
const MIN_CONTEXT_WORD_LENGTH = 3;

/** One short unit over and over ("aaaaaaaaaa", "1212121212", "abcabcabcabc"). */
function isRepetitive(text: string) {
  return /^(.{1,4})\1+$/su.test(text);
}

/** A run of consecutive characters, up or down ("abcdefghij", "9876543210"). */
function isSequential(text: string) {
  const codePoints = Array.from(text, (character) => character.codePointAt(0)!);
  if (codePoints.length < 3) return false;
  const step = codePoints[1]! - codePoints[0]!;
  return (
    Math.abs(step) === 1 &&
    codePoints.every((codePoint, index) => index === 0 || codePoint - codePoints[index - 1]! === step)
  );
}

function isCommonOrTrivial(lowerCased: string) {
  // Also without spaces and punctuation, so "qwerty 123456" counts as the common "qwerty123456".
  const compact = lowerCased.replace(/[\s\p{P}\p{S}]/gu, "");
  return [lowerCased, compact].some((form) => commonPasswords.has(form) || isRepetitive(form) || isSequential(form));
}

/**
 * Whether a new password is too easy to guess: a common or breached password, a trivial pattern, or one that
 * is mostly the service's name or the given context words (the member's username and email), compared
 * regardless of case. Containing such a word is fine as long as the rest would pass on its own.
 */
export function isGuessablePassword(password: string, contextWords: readonly string[] = []): boolean {
  const lowerCased = password.toLowerCase();
  if (isCommonOrTrivial(lowerCased)) return true;
  const words = [SERVICE_NAME, ...contextWords.flatMap(contextForms)]
    .filter((word) => word.length >= MIN_CONTEXT_WORD_LENGTH)
    // The whole email before its local part, or only "@example.com" would be left.
    .sort((a, b) => b.length - a.length);
  const remainder = words.reduce((rest, word) => rest.replaceAll(word, ""), lowerCased);
  if (remainder === lowerCased) return false;
  return Array.from(remainder).length < MIN_LENGTH_WITHOUT_CONTEXT || isCommonOrTrivial(remainder);
}

/** A context word as it may appear in a password: itself and, for an email, its local part. */
function contextForms(word: string) {
  const lowerCased = word.trim().toLowerCase();
  const at = lowerCased.lastIndexOf("@");
  return at > 0 ? [lowerCased, lowerCased.slice(0, at)] : [lowerCased];
}
