import { describe, expect, it } from "vitest";
import { usernameBase, usernameCandidate } from "./usernames";

describe("usernames for OAuth accounts", () => {
  it("keep only letters, digits and underscores", () => {
    expect(usernameBase("Jane Doe-Smith")).toBe("Jane_Doe_Smith");
    expect(usernameBase("Zoë Ångström")).toBe("Zoe_Angstrom");
    expect(usernameBase("octo-cat")).toBe("octo_cat");
  });

  it("are at least 3 and at most 30 characters", () => {
    expect(usernameBase("李")).toBe("member");
    expect(usernameBase("ab")).toBe("member_ab");
    expect(usernameBase("x".repeat(50))).toHaveLength(30);
    expect(usernameCandidate("x".repeat(30), 12)).toBe(`${"x".repeat(27)}_12`);
  });

  it("number the alternatives when a name is taken", () => {
    expect(usernameCandidate("jane", 1)).toBe("jane");
    expect(usernameCandidate("jane", 2)).toBe("jane_2");
  });

  it("always match the username rule", () => {
    for (const raw of ["", "___", "a", "Ωμέγα", "名前", "a b c", "x".repeat(40)]) {
      expect(usernameCandidate(usernameBase(raw), 7)).toMatch(/^[A-Za-z0-9_]{3,30}$/);
    }
  });
});
