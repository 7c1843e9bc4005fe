import { describe, expect, it } from "vitest";
import { isGuessablePassword } from "@/lib/common-passwords";
import { z } from "zod";
import {
  GUESSABLE_PASSWORD_MESSAGE,
  newPasswordSchema,
  operatorAccountSchema,
  resolveReturnPath,
  signUpSchema,
} from "./accounts";

describe("resolveReturnPath", () => {
  it("uses the form's field when the page's script filled it in", () => {
    expect(resolveReturnPath("/films/escape-2024", "http://localhost/sign-in?returnTo=/settings")).toBe(
      "/films/escape-2024",
    );
  });

  it("falls back to the returnTo of the page the form was posted from", () => {
    expect(resolveReturnPath("", "http://localhost/sign-in?returnTo=%2Ffilms%2Fescape-2024")).toBe(
      "/films/escape-2024",
    );
    expect(resolveReturnPath(null, "http://localhost/sign-in")).toBe("/");
    expect(resolveReturnPath(null, null)).toBe("/");
    expect(resolveReturnPath(null, "not a url")).toBe("/");
  });

  it("never leaves the site", () => {
    expect(resolveReturnPath("https://evil.example/", null)).toBe("/");
    expect(resolveReturnPath("//evil.example/", null)).toBe("/");
    expect(resolveReturnPath(null, "http://localhost/sign-in?returnTo=%2F%5Cevil.example")).toBe("/");
    expect(resolveReturnPath(null, "http://localhost/sign-in?returnTo=https://evil.example")).toBe("/");
  });
});

describe("new passwords (NIST 800-63B)", () => {
  function passwordErrors(password: string) {
    const result = newPasswordSchema.safeParse(password);
    return result.success ? [] : z.flattenError(result.error).formErrors;
  }
  function signUpPasswordErrors(password: string, username = "film_fan", email = "jo.reader@example.com") {
    const result = signUpSchema.safeParse({ username, email, password });
    return result.success ? undefined : z.flattenError(result.error).fieldErrors.password;
  }

  it("refuses common and breached passwords, whatever their case or spacing", () => {
    for (const password of [
      "password123",
      "PASSWORD123",
      "qwertyuiop",
      "1q2w3e4r5t6y",
      "qwerty 123456",
      "iloveyou12",
    ]) {
      expect(passwordErrors(password), password).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
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
      expect(passwordErrors(password), password).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    }
  });

  it("refuses a password that is little more than the service's name, the username or the email", () => {
    expect(passwordErrors("marquee-demo")).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    expect(passwordErrors("MarqueeMarquee1")).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    expect(signUpPasswordErrors("Film_Fan2024!")).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    expect(signUpPasswordErrors("jo.reader@example.com")).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    expect(signUpPasswordErrors("jo.reader-1234567890")).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    expect(isGuessablePassword("pw_member passw0rd", ["pw_member"])).toBe(true);
  });

  it("accepts a password that merely contains such a word, when the rest would pass on its own", () => {
    expect(signUpPasswordErrors("film_fan watches noir at midnight")).toBeUndefined();
    expect(passwordErrors("the marquee lights up at dusk")).toEqual([]);
    // A three-letter username found by chance inside a word does not sink a passphrase.
    expect(signUpPasswordErrors("planning ahead always", "ann", "ann@example.com")).toBeUndefined();
  });

  it("accepts long random or plain passphrases, with no composition rules", () => {
    for (const password of [
      "a long enough passphrase",
      "the first long passphrase",
      "the second long passphrase",
      "correct horse battery staple",
      "vq8x2mzl0p4wk7rt",
      "49201837465",
      "ALLCAPSNOTHINGELSE",
    ]) {
      expect(passwordErrors(password), password).toEqual([]);
      expect(signUpPasswordErrors(password), password).toBeUndefined();
    }
  });

  it("tells a password of the wrong length only that", () => {
    expect(passwordErrors("aaaaaa")).toEqual(["Use at least 10 characters."]);
    expect(signUpPasswordErrors("film_fan")).toEqual(["Use at least 10 characters."]);
    expect(passwordErrors("x".repeat(257))).toEqual(["Use at most 256 characters."]);
  });
});

describe("sign-up usernames", () => {
  it("refuse the staff's names for members, and leave them to the operator's command", () => {
    const account = { username: "Administrator", email: "someone@example.com", password: "a long enough passphrase" };
    expect(z.flattenError(signUpSchema.safeParse(account).error!).fieldErrors.username).toEqual([
      "This username is kept for the site's staff.",
    ]);
    expect(operatorAccountSchema.safeParse(account).success).toBe(true);
  });
});
