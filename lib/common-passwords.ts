// The blocklist NIST 800-63B asks a new password to be checked against, as zxcvbn's estimate of the guesses an
// attacker needs who tries breached passwords, words, names, keyboard patterns, dates and l33t spellings first.
// Only server code imports it (the sign-up and settings actions, scripts): its dictionaries are megabytes that a
// browser bundle should never carry.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";

// Score 3 is zxcvbn's "safely unguessable: moderate protection from an offline slow-hash scenario" (at least 10^8
// guesses): the intent of NIST's blocklist, refusing what attackers try first rather than imposing composition
// rules. Our hashes are argon2id, the slow-hash case.
const MIN_SCORE = 3;

// zxcvbn's work grows quickly with the length: it respells the password up to a hundred ways (l33t) and looks up
// every substring of each. On a two-core machine a crafted 256-character password (all digits, or symbols that read
// as letters) took 2 to 2.7 s of CPU, its first 32 characters 0.13 to 0.2 s, an ordinary password 5 to 20 ms. The
// sign-up form is open to anyone and checks before its rate limit, so only the first 32 characters are estimated:
// a password whose first 32 characters are unguessable is unguessable.
const MAX_ESTIMATED_LENGTH = 32;

// Words an attacker aiming at a Marquee account tries first, whoever the member.
const SERVICE_WORDS = ["marquee", "film", "films", "movie", "movies", "cinema"];

// Shorter parts of a username or email occur by chance inside ordinary words ("ann" in "planning").
const MIN_CONTEXT_WORD_LENGTH = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: ranking the dictionaries takes about half a second, which only password forms should pay. */
function passwordEstimator() {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
    maxLength: MAX_ESTIMATED_LENGTH,
  });
  return estimator;
}

/** A context word as it may appear in a password: itself, an email's local part, and their parts ("film_fan"). */
function contextForms(word: string) {
  const lowerCased = word.trim().toLowerCase();
  const at = lowerCased.lastIndexOf("@");
  const localPart = at > 0 ? lowerCased.slice(0, at) : lowerCased;
  return [lowerCased, localPart, ...localPart.split(/[^\p{L}\p{N}]+/u)];
}

function userInputs(contextWords: readonly string[]) {
  const words = [...SERVICE_WORDS, ...contextWords.flatMap(contextForms)];
  return [...new Set(words.filter((word) => word.length >= MIN_CONTEXT_WORD_LENGTH))];
}

/**
 * Why a new password is too easy to guess, in words for the member, or undefined when it is not. A password built
 * on the service's name or the given context words (the member's username and email) counts them as guessed.
 */
export function guessablePasswordRefusal(password: string, contextWords: readonly string[] = []): string | undefined {
  const { score, feedback } = passwordEstimator().check(password, userInputs(contextWords));
  if (score >= MIN_SCORE) return undefined;
  // The warning says what gave it away ("This is a commonly used password."), the first suggestion what to do.
  return ["This password is too easy to guess.", feedback.warning, feedback.suggestions[0]].filter(Boolean).join(" ");
}
