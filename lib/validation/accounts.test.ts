import { describe, expect, it } from "vitest";
import { z } from "zod";
import { operatorAccountSchema, signUpSchema } from "./accounts";

describe("new passwords (NIST 800-63B)", () => {
  /** The one refusal a guessable password gets, whatever zxcvbn says gave it away. */
  const GUESSABLE = [expect.stringMatching(/^This password is too easy to guess\. /)];

  function signUpErrors(password: string, username = "film_fan", email = "jo.reader@example.com") {
    const result = signUpSchema.safeParse({ username, email, password });
    return result.success ? {} : z.flattenError(result.error).fieldErrors;
  }
  const passwordErrors = (...account: Parameters<typeof signUpErrors>) => signUpErrors(...account).password;

  it("refuses the seasonal and l33t passwords of password spraying", () => {
    for (const password of ["Winter2024!", "P@ssw0rd2024", "admin12345", "Welcome@2024", "Football#2024"]) {
      expect(passwordErrors(password), password).toEqual(GUESSABLE);
    }
  });

  it("refuses common and breached passwords, whatever their case", () => {
    for (const password of ["password123", "PASSWORD123", "qwertyuiop", "1q2w3e4r5t6y", "password 123", "iloveyou12"]) {
      expect(passwordErrors(password), password).toEqual(GUESSABLE);
    }
  });

  it("refuses repeated and sequential characters", () => {
    for (const password of [
      "aaaaaaaaaaaa",
      "ha ha ha ha ha ha",
      "1212121212",
      "abcdefghijkl",
      "9876543210",
      "!!!!!!!!!!!!",
    ]) {
      expect(passwordErrors(password), password).toEqual(GUESSABLE);
    }
  });

  it("refuses a password that is little more than the service's name, the username or the email", () => {
    expect(passwordErrors("marquee-demo")).toEqual(GUESSABLE);
    expect(passwordErrors("MarqueeMarquee1")).toEqual(GUESSABLE);
    expect(passwordErrors("Film_Fan2024!")).toEqual(GUESSABLE);
    expect(passwordErrors("jo.reader@example.com")).toEqual(GUESSABLE);
    expect(passwordErrors("jo.reader2024!")).toEqual(GUESSABLE);
  });

  it("accepts a password that merely contains such a word, when the rest is hard to guess", () => {
    expect(passwordErrors("film_fan watches noir at midnight")).toBeUndefined();
    expect(passwordErrors("the marquee lights up at dusk")).toBeUndefined();
    // A three-letter username found by chance inside a word does not sink a passphrase.
    expect(passwordErrors("planning ahead always", "ann", "ann@example.com")).toBeUndefined();
  });

  it("accepts long random or plain passphrases, with no composition rules", () => {
    for (const password of [
      "a long enough passphrase",
      "the first long passphrase",
      "the second long passphrase",
      "orchid tram velvet lantern",
      "Glass onion, wet pavement",
      "vq8x2mzl0p4wk7rt",
      "49201837465",
      "ALLCAPSNOTHINGELSE",
    ]) {
      expect(passwordErrors(password), password).toBeUndefined();
    }
  });

  it("says a password is guessable alongside the other fields' errors", () => {
    expect(signUpErrors("password123", "x", "not an email")).toEqual({
      username: ["Use 3 to 30 letters, digits or underscores."],
      email: ["Enter a valid email address."],
      password: GUESSABLE,
    });
  });

  it("tells a password of the wrong length only that", () => {
    expect(passwordErrors("aaaaaa")).toEqual(["Use at least 10 characters."]);
    expect(passwordErrors("film_fan")).toEqual(["Use at least 10 characters."]);
    expect(passwordErrors("x".repeat(257))).toEqual(["Use at most 256 characters."]);
  });
});

describe("sign-up usernames", () => {
  it("refuse the staff's names for members, and leave them to the operator's command", () => {
    const account = { username: "Administrator", email: "someone@example.com", password: "a long enough passphrase" };
    expect(z.flattenError(signUpSchema.safeParse(account).error!).fieldErrors.username).toEqual([
      "This username is kept for the site.",
    ]);
    expect(operatorAccountSchema.safeParse(account).success).toBe(true);
  });
});
