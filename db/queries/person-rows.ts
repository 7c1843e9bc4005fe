// Every row that hangs on a person, table by table: what the audit log keeps of a deleted or merged person.
import { eq } from "drizzle-orm";
import type { SavedRows } from "@/lib/validation/saved-rows";
import type { Executor } from "../client";
import { credits, externalIds, people, personNames, slugRedirects } from "../schema";
import { readSavedRowsOf } from "./saved-rows";

/** The tables whose rows point at a person: every table whose foreign key leads to people. */
const ROWS_OF_PERSON = [personNames, externalIds, slugRedirects, credits] as const;

/** The tables that hold a person's rows, the person first: the order a restore inserts them. */
export const PERSON_ROW_TABLES = [people, ...ROWS_OF_PERSON] as const;

/** Every row of the person, by table name, in one round trip. */
export function readPersonRows(tx: Executor, personId: number): Promise<SavedRows> {
  return readSavedRowsOf(tx, [
    { table: people, where: eq(people.id, personId) },
    ...ROWS_OF_PERSON.map((table) => ({ table, where: eq(table.personId, personId) })),
  ]);
}
