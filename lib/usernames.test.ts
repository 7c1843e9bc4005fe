import { describe, expect, it } from "vitest";
import { isReservedUsername, usernameBase, usernameCandidate } from "./usernames";

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

  it("never pass for the site's staff", () => {
    expect(usernameBase("admin")).toBe("member_admin");
    expect(usernameBase("Administrator")).toBe("member_Administrator");
    expect(usernameBase("Support")).toBe("member_Support");
    expect(usernameBase("Adminah Lee")).toBe("member_Adminah_Lee");
    expect(usernameBase("Jane Doe")).toBe("Jane_Doe");
  });
});

describe("reserved usernames", () => {
  it("are the staff's names, whatever their case, and every name that starts with admin", () => {
    for (const name of [
      "admin",
      "Admin_2",
      "administrator",
      "ADMINS",
      "moderator",
      "support",
      "root",
      "marquee",
      "Staff",
    ]) {
      expect(isReservedUsername(name), name).toBe(true);
    }
    for (const name of ["cinephile_anna", "madmin", "supporter", "rooted", "the_staff"]) {
      expect(isReservedUsername(name), name).toBe(false);
    }
  });
});
