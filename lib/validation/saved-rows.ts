// What the audit log keeps of a deleted or merged film or person besides its snapshot: its rows, to put it back.
import { z } from "zod";

/** Rows as PostgreSQL's to_jsonb wrote them, by table name (db/queries/saved-rows.ts). */
export const savedRowsSchema = z.record(z.string(), z.array(z.record(z.string(), z.unknown())));

export type SavedRows = z.output<typeof savedRowsSchema>;

/** A deletion's or a merge's `before`: the snapshot, and every row the film or person had. */
export const removedRowsSchema = z.object({ rows: savedRowsSchema });

/** Credits of the kept film or person that a merge gave the duplicate's character, for a revert to take back. */
export const filledCharactersSchema = z.array(z.object({ id: z.number().int().positive(), character: z.string() }));
