import { describe, expect, it } from "vitest";
import { guessablePasswordRefusal } from "./common-passwords";

describe("guessablePasswordRefusal", () => {
  it("says what gave the password away and what to do instead", () => {
    expect(guessablePasswordRefusal("password123")).toBe(
      "This password is too easy to guess. This is a commonly used password. Add more words that are less common.",
    );
    expect(guessablePasswordRefusal("aaaaaaaaaaaa")).toBe(
      'This password is too easy to guess. Repeated characters like "aaa" are easy to guess. Add more words that are less common.',
    );
  });

  it("says so when the password is built on the member's own details", () => {
    expect(guessablePasswordRefusal("pw_member2024!", ["pw_member"])).toBe(
      "This password is too easy to guess. There should not be any personal or page related data. Add more words that are less common.",
    );
    expect(guessablePasswordRefusal("pw_member2024!")).toBeUndefined();
  });

  it("knows an email by its local part and a username by its parts", () => {
    expect(guessablePasswordRefusal("jo.reader2024!", ["jo.reader@example.com"])).toBeDefined();
    expect(guessablePasswordRefusal("jo.reader2024!")).toBeUndefined();
    expect(guessablePasswordRefusal("Kubrick1968!", ["kubrick_fan"])).toBeDefined();
    expect(guessablePasswordRefusal("Kubrick1968!")).toBeUndefined();
  });

  it("accepts a passphrase that is hard to guess", () => {
    expect(
      guessablePasswordRefusal("orchid tram velvet lantern", ["film_fan", "jo.reader@example.com"]),
    ).toBeUndefined();
  });

  it("judges a long password by its first 32 characters alone, so that a crafted one cannot tie up the server", () => {
    const hardToGuessEnding = " vq8x2mzl0p4wk7rt orchid tram velvet lantern";
    expect(guessablePasswordRefusal("a".repeat(8) + hardToGuessEnding)).toBeUndefined();
    expect(guessablePasswordRefusal("a".repeat(32) + hardToGuessEnding)).toBeDefined();
  });
});
