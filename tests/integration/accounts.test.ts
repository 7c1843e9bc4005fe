import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createAccount, findOrCreateOAuthAccount } from "@/db/mutations/accounts";
import { findAccountForSignIn } from "@/db/queries/users";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/password";

describe("accounts", () => {
  it("store an argon2id hash, never the password, and are found by username or email in any case", async () => {
    const created = await createAccount({ username: "New_Member", email: "New.Member@Example.com", password: "a long enough passphrase" });
    expect(created.ok).toBe(true);
    const [row] = await getDb().select().from(users).where(eq(users.username, "New_Member"));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.passwordHash!, "a long enough passphrase")).toBe(true);
    expect((await findAccountForSignIn("new_member"))?.id).toBe(row!.id);
    expect((await findAccountForSignIn("new.member@example.com"))?.id).toBe(row!.id);
  });

  it("report a taken username or email, whatever its case", async () => {
    expect(await createAccount({ username: "NEW_MEMBER", email: "other@example.com", password: "a long enough passphrase" })).toEqual({
      ok: false,
      taken: "username",
    });
    expect(await createAccount({ username: "someone_else", email: "new.member@EXAMPLE.com", password: "a long enough passphrase" })).toEqual({
      ok: false,
      taken: "email",
    });
  });

  it("give a GitHub or Google member the account with their email, else a new one with a free username", async () => {
    const existing = await findOrCreateOAuthAccount({ email: "CINEPHILE_ANNA@demo.marquee.local", name: "Anna" });
    expect(existing.username).toBe("cinephile_anna");

    const first = await findOrCreateOAuthAccount({ email: "octo@example.com", name: "Octo Cat" });
    const second = await findOrCreateOAuthAccount({ email: "other-octo@example.com", name: "octo-cat" });
    expect(first.username).toBe("Octo_Cat");
    expect(second.username).toBe("octo_cat_2");
    expect(first.passwordHash).toBeNull();
    expect((await findOrCreateOAuthAccount({ email: "octo@example.com", name: "Someone Else" })).id).toBe(first.id);
  });
});
