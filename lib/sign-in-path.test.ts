import { describe, expect, it } from "vitest";
import { signInPath, signUpPath } from "./sign-in-path";
import { resolveReturnPath } from "./validation/return-path";

describe("signInPath and signUpPath", () => {
  it("carry the way back, encoded, for the form to return to", () => {
    expect(signInPath("/lists/add?film=12")).toBe("/sign-in?returnTo=%2Flists%2Fadd%3Ffilm%3D12");
    expect(resolveReturnPath(null, `http://localhost${signInPath("/lists/add?film=12&x=é")}`)).toBe(
      "/lists/add?film=12&x=é",
    );
    expect(signUpPath("/films/escape-2024")).toBe("/sign-up?returnTo=%2Ffilms%2Fescape-2024");
  });

  it("are the plain pages when there is nowhere to return", () => {
    expect(signInPath()).toBe("/sign-in");
    expect(signUpPath("")).toBe("/sign-up");
  });
});
