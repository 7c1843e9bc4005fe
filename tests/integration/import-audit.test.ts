// Imports change the catalogue outside the app, with no account behind them: each run, completed or stopped, is an
// entry of the audit log ("import #n") that says who ran it, on which files, and what it wrote.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runImport } from "@/db/import/run-import";
import { fixturePath, openScratchCatalogue } from "../fixtures/import/scratch-catalogue";

let catalogue: Awaited<ReturnType<typeof openScratchCatalogue>>;
let workDirectory: string;

beforeAll(async () => {
  catalogue = await openScratchCatalogue("import_audit");
  workDirectory = await mkdtemp(path.join(os.tmpdir(), "marquee-import-audit-"));
});

afterAll(async () => {
  await catalogue.close();
  await rm(workDirectory, { recursive: true, force: true });
});

const importEntries = () => catalogue.sql`
  select actor_id, entity_id, action, before, after from audit_log where entity_type = 'import' order by entity_id`;

it("records a completed run and a refused one as numbered entries, with who ran them, the files and the counts", async () => {
  const netflix = fixturePath("netflix", "netflix_titles.csv");
  await runImport(catalogue.db, { format: "netflix", paths: [netflix], ranBy: "operator@catalogue-host" });
  const empty = path.join(workDirectory, "netflix_titles.csv");
  await writeFile(empty, "");
  await expect(runImport(catalogue.db, { format: "netflix", paths: [empty] })).rejects.toThrow(
    "netflix_titles.csv is empty",
  );

  const [completed, refused, ...more] = await importEntries();
  expect(more).toEqual([]);
  expect(completed).toMatchObject({
    actor_id: null,
    entity_id: 1,
    action: "import",
    before: null,
    after: {
      format: "netflix",
      files: [netflix],
      ranBy: "operator@catalogue-host",
      outcome: "completed",
      films: expect.stringMatching(/^\d+ imported/),
      people: expect.stringMatching(/^\d+ imported/),
    },
  });
  expect(refused).toMatchObject({
    entity_id: 2,
    after: { files: [empty], ranBy: `${os.userInfo().username}@${os.hostname()}` },
  });
  expect(refused!.after.outcome).toBe("stopped: netflix_titles.csv is empty");
  expect(refused!.after).not.toHaveProperty("films");
});
