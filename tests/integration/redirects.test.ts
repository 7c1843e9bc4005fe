import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { findRenamedFilmSlug, findRenamedPersonSlug } from "@/db/queries/redirects";
import { films, slugRedirects } from "@/db/schema";
import { createFilm, createPerson } from "../support/factories";

describe("slug redirects", () => {
  it("lead from a renamed film's old slug to its current one", async () => {
    const film = await createFilm({ slug: "working-title-2030", title: "Working Title", year: 2030 });
    await getDb().update(films).set({ slug: "final-title-2030", title: "Final Title" }).where(eq(films.id, film.id));
    await getDb().insert(slugRedirects).values({ oldSlug: "working-title-2030", filmId: film.id });
    expect(await findRenamedFilmSlug("working-title-2030")).toBe("final-title-2030");
    expect(await findRenamedFilmSlug("never-existed-2030")).toBeUndefined();
  });

  it("keep films' and people's old slugs apart", async () => {
    const person = await createPerson({ slug: "jo-doe" });
    await getDb().insert(slugRedirects).values({ oldSlug: "joanna-doe", personId: person.id });
    expect(await findRenamedPersonSlug("joanna-doe")).toBe("jo-doe");
    expect(await findRenamedFilmSlug("joanna-doe")).toBeUndefined();
  });
});
